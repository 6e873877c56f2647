import { authorize } from "@/lib/http/authorize";
import { readJson, route } from "@/lib/http/respond";
import { idParams } from "@/lib/core/ids";
import { answerAsReviewer } from "@/lib/review/answers";
import { reviewActor } from "@/lib/review/review-actor";
import { answerBodySchema } from "@/lib/pipeline/pipeline-contract";

/** Answers the run's open question from the console; the run resumes where it stopped. */
export const POST = route(async (request, context) => {
  const actor = reviewActor(await authorize(request, context, { consoleOnly: true }), context.requestId);
  const { id } = idParams.parse(context.params);
  const { answer } = await readJson(request, answerBodySchema);
  return Response.json(await answerAsReviewer(actor, id, answer));
});
