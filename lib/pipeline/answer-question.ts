import "server-only";
import { actingUserId, type Actor } from "@/lib/core/actor";
import { audit } from "@/lib/core/audit";
import { AppError, notFound } from "@/lib/core/errors";
import { db } from "@/lib/db";
import type { Question, Run } from "@/lib/generated/prisma/client";
import { dispatchRun } from "@/lib/pipeline/run-queue";
import { appendRunEvent } from "@/lib/streams/run-event-log";

// Answering a run's clarifying question resumes the run: it goes back to `queued` and a new
// execution picks up where the last one stopped — finished agents are reused, validation runs
// again with the answer applied.

export async function answerQuestion(
  actor: Actor,
  questionId: string,
  answer: string,
  options: { via: "api" | "console" },
): Promise<{ question: Question; run: Run }> {
  const question = await db.question.findFirst({ where: { id: questionId, run: { tenantId: actor.tenantId } }, include: { run: true } });
  if (!question) throw notFound("Question");
  if (question.answer !== null) throw new AppError("invalid_state", "This question has already been answered", { answeredAt: question.answeredAt });
  if (question.run.status !== "waiting_for_answer") throw new AppError("invalid_state", `The run is ${question.run.status}, not waiting for an answer`, { status: question.run.status });

  const text = answer.trim();
  const result = await db.$transaction(async (tx) => {
    const answered = await tx.question.updateMany({
      where: { id: questionId, answer: null },
      data: { answer: text, answeredById: actingUserId(actor), answeredVia: options.via, answeredAt: new Date() },
    });
    const resumed = await tx.run.updateMany({ where: { id: question.runId, status: "waiting_for_answer" }, data: { status: "queued", version: { increment: 1 } } });
    // Two answers racing: the first one wins, the second sees a conflict and nothing changes.
    if (answered.count === 0 || resumed.count === 0) throw new AppError("invalid_state", "The question was answered or the run changed meanwhile");
    await tx.document.update({ where: { id: question.run.documentId }, data: { status: "processing" } });
    await audit(
      tx,
      actor,
      "question.answered",
      { type: "question", id: questionId, documentId: question.run.documentId, runId: question.runId },
      { answer: text, via: options.via, options: question.options ?? null },
    );
    return {
      question: await tx.question.findUniqueOrThrow({ where: { id: questionId } }),
      run: await tx.run.findUniqueOrThrow({ where: { id: question.runId } }),
    };
  });
  await appendRunEvent(question.runId, "answer", { questionId, answer: text });
  await appendRunEvent(question.runId, "run-status", { status: "queued", detail: "answer received" });
  await dispatchRun({ runId: question.runId, tenantId: question.run.tenantId }, { resumed: true, bytes: 0, pages: null });
  return result;
}
