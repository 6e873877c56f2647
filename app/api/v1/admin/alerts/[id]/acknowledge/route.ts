import { authorizeConsoleAdmin } from "@/lib/http/authorize";
import { route } from "@/lib/http/respond";
import { acknowledgeAlert } from "@/lib/alerts/alert-store";

export const POST = route<{ id: string }>(async (request, context) => {
  const principal = await authorizeConsoleAdmin(request, context);
  return Response.json(await acknowledgeAlert(principal.tenantId, principal.userId, context.params.id));
});
