import { apiRoute } from "@/lib/http/api-route";
import { alertListSchema, alertsQuerySchema } from "@/lib/alerts/alert-contract";
import { listAlerts } from "@/lib/alerts/alert-store";

export const GET = apiRoute(
  { access: { console: true, role: "admin" }, query: alertsQuerySchema, response: alertListSchema },
  async ({ actor, query }) => ({ data: await listAlerts(actor.tenantId, { unacknowledgedOnly: query.unacknowledged, limit: query.limit }) }),
);
