import { authorize } from "@/lib/http/authorize";
import { route } from "@/lib/http/respond";
import { idParams } from "@/lib/core/ids";
import { getReviewDocument } from "@/lib/review/review-document";
import { reviewActor } from "@/lib/review/review-actor";

export const GET = route(async (request, context) => {
  const actor = reviewActor(await authorize(request, context, { consoleOnly: true }), context.requestId);
  const { id } = idParams.parse(context.params);
  return Response.json(await getReviewDocument(actor.tenantId, actor.userId, id));
});
