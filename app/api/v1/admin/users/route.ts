import { authorizeConsoleAdmin } from "@/lib/http/authorize";
import { readJson, route } from "@/lib/http/respond";
import { createUserRequestSchema } from "@/lib/auth/user-contract";
import { createUser, listUsers } from "@/lib/auth/users";

export const GET = route(async (request, context) => {
  const principal = await authorizeConsoleAdmin(request, context);
  return Response.json({ data: await listUsers(principal.tenantId) });
});

export const POST = route(async (request, context) => {
  const principal = await authorizeConsoleAdmin(request, context);
  const input = await readJson(request, createUserRequestSchema);
  const created = await createUser(input, { tenantId: principal.tenantId, userId: principal.userId, role: principal.role, requestId: context.requestId });
  // The temporary password is in this body only; nothing on the way may keep a copy.
  return Response.json(created, { status: 201, headers: { "cache-control": "no-store" } });
});
