import "server-only";
import { notFound } from "@/lib/core/errors";
import { db } from "@/lib/db";
import { answerQuestion } from "@/lib/pipeline/answer-question";
import type { UserActor } from "@/lib/core/actor";
import { holdClaim } from "@/lib/review/field-corrections";
import { publishQueueChange } from "@/lib/review/queue-events";
import { settleQuestionItems } from "@/lib/review/question-items";
import type { ReviewQuestion } from "@/lib/review/review-contract";

// A reviewer answering the pipeline's question from the console. When the question sits in the
// queue, the reviewer must hold its claim (two reviewers never answer the same question); the
// pipeline records the answer, audits it, and resumes the run from where it stopped.

export async function answerAsReviewer(actor: UserActor, questionId: string, answer: string): Promise<{ question: ReviewQuestion; runStatus: string }> {
  const question = await db.question.findFirst({ where: { id: questionId, run: { tenantId: actor.tenantId } }, select: { runId: true } });
  if (!question) throw notFound("Question");
  const queued = await db.reviewItem.count({ where: { runId: question.runId, status: { not: "resolved" } } });
  if (queued > 0) await db.$transaction((tx) => holdClaim(tx, actor, question.runId, new Date()));

  const { question: answered, run } = await answerQuestion(actor, questionId, answer, { via: "console" });
  const settled = await settleQuestionItems({ runId: run.id, resolvedById: actor.userId, note: `Answered in the console: ${answered.answer}` });
  await Promise.all(
    settled.map((s) => publishQueueChange(actor.tenantId, { kind: "resolved", item: { id: s.id, documentId: s.documentId, status: "resolved", assigneeId: s.assigneeId } })),
  );
  return {
    question: {
      id: answered.id,
      runId: answered.runId,
      agent: answered.agent,
      prompt: answered.prompt,
      options: Array.isArray(answered.options) ? answered.options.map(String) : [],
      answer: answered.answer,
      answeredBy: null,
      answeredVia: answered.answeredVia,
      createdAt: answered.createdAt.toISOString(),
      answeredAt: answered.answeredAt?.toISOString() ?? null,
    },
    runStatus: run.status,
  };
}
