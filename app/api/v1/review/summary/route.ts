import { apiRoute } from "@/lib/http/api-route";
import { queueSummarySchema } from "@/lib/review/queue-contract";
import { queueSummary } from "@/lib/review/queue-summary";

export const GET = apiRoute({ access: { console: true }, response: queueSummarySchema }, async ({ actor }) => queueSummary(actor.tenantId, actor.userId));
