import { authorize } from "@/lib/api/authorize";
import { readJson, route } from "@/lib/api/respond";
import { claimNext } from "@/lib/review/claims";
import { claimNextBodySchema } from "@/lib/review/queue-schemas";
import { reviewActor } from "@/lib/review/review-actor";

export const POST = route(async (request, context) => {
  const actor = reviewActor(await authorize(request, context, { consoleOnly: true }), context.requestId);
  const { excludeItemId, ...query } = await readJson(request, claimNextBodySchema);
  return Response.json({ item: await claimNext(actor, query, { excludeItemId }) });
});
