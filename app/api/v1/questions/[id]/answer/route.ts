import { apiRoute } from "@/lib/http/api-route";
import { idParams } from "@/lib/core/ids";
import { answerQuestion } from "@/lib/pipeline/answer-question";
import { runStreamUrl } from "@/lib/pipeline/run-result";
import { answerAcceptedSchema, answerBodySchema } from "@/lib/pipeline/pipeline-contract";

// Answering a clarifying question resumes its run from where it stopped.
export const POST = apiRoute({ access: { scope: "answer" }, params: idParams, body: answerBodySchema, response: answerAcceptedSchema }, async ({ actor, params, body }) => {
  const { question, run } = await answerQuestion(actor, params.id, body.answer, { via: actor.kind === "user" ? "console" : "api" });
  return { questionId: question.id, runId: run.id, runStatus: run.status, streamUrl: runStreamUrl(run.id) };
});
