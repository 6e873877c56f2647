import { authorize } from "@/lib/http/authorize";
import { route } from "@/lib/http/respond";
import { queueEventStream } from "@/lib/review/queue-event-stream";
import { reviewActor } from "@/lib/review/review-actor";

export const dynamic = "force-dynamic";

export const GET = route(async (request, context) => {
  const actor = reviewActor(await authorize(request, context, { consoleOnly: true }), context.requestId);
  return queueEventStream(actor.tenantId, request.signal);
});
