import { authorize } from "@/lib/http/authorize";
import { readJson, route } from "@/lib/http/respond";
import { idParams } from "@/lib/core/ids";
import { decideItem } from "@/lib/review/decisions";
import { reviewActor } from "@/lib/review/review-actor";
import { decisionBodySchema } from "@/lib/review/review-contract";

export const POST = route(async (request, context) => {
  const actor = reviewActor(await authorize(request, context, { consoleOnly: true }), context.requestId);
  const { id } = idParams.parse(context.params);
  return Response.json(await decideItem(actor, id, await readJson(request, decisionBodySchema)));
});
