import { authorizeConsoleAdmin } from "@/lib/api/authorize";
import { readJson, route } from "@/lib/api/respond";
import { idParams } from "@/lib/api/schemas/common";
import { updateUserRequestSchema } from "@/lib/api/schemas/users";
import { updateUser } from "@/lib/auth/users";

export const PATCH = route(async (request, context) => {
  const principal = await authorizeConsoleAdmin(request, context);
  const { id } = idParams.parse(context.params);
  const input = await readJson(request, updateUserRequestSchema);
  const updated = await updateUser(id, input, { tenantId: principal.tenantId, userId: principal.userId, role: principal.role, requestId: context.requestId });
  return Response.json(updated, { headers: { "cache-control": "no-store" } });
});
