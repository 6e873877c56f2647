import { z } from "zod";
import { authorizeConsoleAdmin } from "@/lib/http/authorize";
import { readQuery } from "@/lib/http/query";
import { route } from "@/lib/http/respond";
import { listAlerts } from "@/lib/alerts/alert-store";

const alertsQuery = z.object({
  unacknowledged: z.stringbool().optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export const GET = route(async (request, context) => {
  const principal = await authorizeConsoleAdmin(request, context);
  const query = readQuery(request, alertsQuery);
  return Response.json({ data: await listAlerts(principal.tenantId, { unacknowledgedOnly: query.unacknowledged, limit: query.limit }) });
});
