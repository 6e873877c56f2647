import { authorizeConsoleAdmin } from "@/lib/api/authorize";
import { route } from "@/lib/api/respond";
import { acknowledgeAlert } from "@/lib/alerts/alert-store";

export const POST = route<{ id: string }>(async (request, context) => {
  const principal = await authorizeConsoleAdmin(request, context);
  return Response.json(await acknowledgeAlert(principal.tenantId, principal.userId, context.params.id));
});
