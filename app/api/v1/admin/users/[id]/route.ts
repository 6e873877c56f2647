import { authorizeConsoleAdmin } from "@/lib/http/authorize";
import { readJson, route } from "@/lib/http/respond";
import { idParams } from "@/lib/core/ids";
import { updateUserRequestSchema } from "@/lib/auth/user-contract";
import { updateUser } from "@/lib/auth/users";

export const PATCH = route(async (request, context) => {
  const principal = await authorizeConsoleAdmin(request, context);
  const { id } = idParams.parse(context.params);
  const input = await readJson(request, updateUserRequestSchema);
  const updated = await updateUser(id, input, { tenantId: principal.tenantId, userId: principal.userId, role: principal.role, requestId: context.requestId });
  return Response.json(updated, { headers: { "cache-control": "no-store" } });
});
