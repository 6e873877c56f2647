import { authorizeConsoleAdmin } from "@/lib/api/authorize";
import { route } from "@/lib/api/respond";
import { idParams } from "@/lib/api/schemas/common";
import { revokeApiTokenAsAdmin } from "@/lib/auth/api-tokens";

export const DELETE = route(async (request, context) => {
  const principal = await authorizeConsoleAdmin(request, context);
  const { id } = idParams.parse(context.params);
  return Response.json(await revokeApiTokenAsAdmin(id, { tenantId: principal.tenantId, userId: principal.userId, requestId: context.requestId }));
});
