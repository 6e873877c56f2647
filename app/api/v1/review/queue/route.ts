import { apiRoute } from "@/lib/http/api-route";
import { listQueue } from "@/lib/review/queue-list";
import { queuePageSchema, queueQuerySchema } from "@/lib/review/queue-contract";

export const GET = apiRoute({ access: { console: true }, query: queueQuerySchema, response: queuePageSchema }, async ({ actor, query }) =>
  listQueue(actor.tenantId, actor.userId, query),
);
