import { authorize } from "@/lib/api/authorize";
import { readQuery } from "@/lib/api/query";
import { route } from "@/lib/api/respond";
import { listQueue } from "@/lib/review/queue-list";
import { queueQuerySchema } from "@/lib/review/queue-schemas";
import { reviewActor } from "@/lib/review/review-actor";

export const GET = route(async (request, context) => {
  const actor = reviewActor(await authorize(request, context, { consoleOnly: true }), context.requestId);
  return Response.json(await listQueue(actor.tenantId, actor.userId, readQuery(request, queueQuerySchema)));
});
