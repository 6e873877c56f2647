import { authorize } from "@/lib/http/authorize";
import { route, readJson } from "@/lib/http/respond";
import { idParams } from "@/lib/core/ids";
import { answerQuestion } from "@/lib/pipeline/answer-question";
import { runStreamUrl } from "@/lib/pipeline/run-result";
import { answerBodySchema, type AnswerAccepted } from "@/lib/pipeline/pipeline-contract";

// Answering a clarifying question resumes its run from where it stopped.
export const POST = route(async (request, context) => {
  const principal = await authorize(request, context, { scope: "answer" });
  const { id } = idParams.parse(context.params);
  const { answer } = await readJson(request, answerBodySchema);
  const { question, run } = await answerQuestion(
    { tenantId: principal.tenantId, userId: principal.kind === "user" ? principal.userId : null, apiTokenId: principal.kind === "token" ? principal.tokenId : null },
    id,
    answer,
    { via: principal.kind === "user" ? "console" : "api", requestId: context.requestId },
  );
  return Response.json({ questionId: question.id, runId: run.id, runStatus: run.status, streamUrl: runStreamUrl(run.id) } satisfies AnswerAccepted);
});
