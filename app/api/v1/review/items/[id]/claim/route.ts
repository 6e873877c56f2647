import { authorize } from "@/lib/http/authorize";
import { route } from "@/lib/http/respond";
import { idParams } from "@/lib/core/ids";
import { claimItem, releaseItem } from "@/lib/review/claims";
import { reviewActor } from "@/lib/review/review-actor";

/** Claims the item, or renews the caller's own claim (the review page's heartbeat). */
export const POST = route(async (request, context) => {
  const actor = reviewActor(await authorize(request, context, { consoleOnly: true }), context.requestId);
  const { id } = idParams.parse(context.params);
  return Response.json(await claimItem(actor, id));
});

/** Gives the item back to the queue. */
export const DELETE = route(async (request, context) => {
  const actor = reviewActor(await authorize(request, context, { consoleOnly: true }), context.requestId);
  const { id } = idParams.parse(context.params);
  return Response.json(await releaseItem(actor, id));
});
