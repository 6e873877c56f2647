import { apiRoute } from "@/lib/http/api-route";
import { idParams } from "@/lib/core/ids";
import { answerAsReviewer } from "@/lib/review/answers";
import { answerResultSchema } from "@/lib/review/review-contract";
import { answerBodySchema } from "@/lib/pipeline/pipeline-contract";

/** Answers the run's open question from the console; the run resumes where it stopped. */
export const POST = apiRoute({ access: { console: true }, params: idParams, body: answerBodySchema, response: answerResultSchema }, async ({ actor, params, body }) =>
  answerAsReviewer(actor, params.id, body.answer),
);
