import { authorize } from "@/lib/api/authorize";
import { route } from "@/lib/api/respond";
import { idParams } from "@/lib/api/schemas/common";
import { getReviewDocument } from "@/lib/review/review-document";
import { reviewActor } from "@/lib/review/review-actor";

export const GET = route(async (request, context) => {
  const actor = reviewActor(await authorize(request, context, { consoleOnly: true }), context.requestId);
  const { id } = idParams.parse(context.params);
  return Response.json(await getReviewDocument(actor.tenantId, actor.userId, id));
});
