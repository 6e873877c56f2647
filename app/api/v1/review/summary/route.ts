import { authorize } from "@/lib/http/authorize";
import { route } from "@/lib/http/respond";
import { queueSummary } from "@/lib/review/queue-summary";
import { reviewActor } from "@/lib/review/review-actor";

export const GET = route(async (request, context) => {
  const actor = reviewActor(await authorize(request, context, { consoleOnly: true }), context.requestId);
  return Response.json(await queueSummary(actor.tenantId, actor.userId));
});
