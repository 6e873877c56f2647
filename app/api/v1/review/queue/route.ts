import { authorize } from "@/lib/http/authorize";
import { readQuery } from "@/lib/http/query";
import { route } from "@/lib/http/respond";
import { listQueue } from "@/lib/review/queue-list";
import { queueQuerySchema } from "@/lib/review/queue-contract";
import { reviewActor } from "@/lib/review/review-actor";

export const GET = route(async (request, context) => {
  const actor = reviewActor(await authorize(request, context, { consoleOnly: true }), context.requestId);
  return Response.json(await listQueue(actor.tenantId, actor.userId, readQuery(request, queueQuerySchema)));
});
