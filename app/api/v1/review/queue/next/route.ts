import { authorize } from "@/lib/http/authorize";
import { readJson, route } from "@/lib/http/respond";
import { claimNext } from "@/lib/review/claims";
import { claimNextBodySchema } from "@/lib/review/queue-contract";
import { reviewActor } from "@/lib/review/review-actor";

export const POST = route(async (request, context) => {
  const actor = reviewActor(await authorize(request, context, { consoleOnly: true }), context.requestId);
  const { excludeItemId, ...query } = await readJson(request, claimNextBodySchema);
  return Response.json({ item: await claimNext(actor, query, { excludeItemId }) });
});
