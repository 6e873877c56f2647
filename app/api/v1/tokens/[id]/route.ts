import { authorizeConsoleAdmin } from "@/lib/http/authorize";
import { route } from "@/lib/http/respond";
import { idParams } from "@/lib/core/ids";
import { revokeApiTokenAsAdmin } from "@/lib/auth/api-tokens";

export const DELETE = route(async (request, context) => {
  const principal = await authorizeConsoleAdmin(request, context);
  const { id } = idParams.parse(context.params);
  return Response.json(await revokeApiTokenAsAdmin(id, { tenantId: principal.tenantId, userId: principal.userId, requestId: context.requestId }));
});
