import "server-only";
import { db } from "@/lib/db";
import { pipelineSettings } from "@/lib/pipeline/load-settings";
import { REASON_PRIORITY, slaDueAt } from "@/lib/pipeline/routing";

// A run that stops to ask a question needs a human as much as one routed to review: the uploader
// may answer through the API, but a reviewer can too. These keep one `open_question` ReviewItem
// per waiting run, and resolve it once the run stops waiting (answered anywhere, or ended).

/** Creates the missing open-question items; returns how many. */
export async function openQuestionItems(now = new Date()): Promise<number> {
  const waiting = await db.run.findMany({
    where: {
      status: "waiting_for_answer",
      questions: { some: { answer: null } },
      reviewItems: { none: { reason: "open_question", status: { not: "resolved" } } },
    },
    select: { id: true, tenantId: true, documentId: true, docType: true, confidence: true, questions: { where: { answer: null }, select: { prompt: true }, take: 1 } },
    take: 200,
  });
  if (waiting.length === 0) return 0;
  const settings = await pipelineSettings();
  const priority = REASON_PRIORITY.open_question;
  for (const run of waiting) {
    await db.reviewItem.create({
      data: {
        tenantId: run.tenantId,
        documentId: run.documentId,
        runId: run.id,
        reason: "open_question",
        reasons: [{ reason: "open_question", detail: run.questions[0]?.prompt ?? "The pipeline asked a question", fields: [] }],
        priority,
        docType: run.docType,
        confidence: run.confidence,
        slaDueAt: slaDueAt(priority, settings, now),
      },
    });
  }
  return waiting.length;
}

/** Resolves open-question items whose run no longer waits; the answer itself is audited by the pipeline. */
export async function settleQuestionItems(options: { runId?: string; resolvedById?: string | null; note?: string } = {}, now = new Date()) {
  const settled = await db.reviewItem.findMany({
    where: {
      reason: "open_question",
      status: { not: "resolved" },
      ...(options.runId ? { runId: options.runId } : {}),
      run: { status: { not: "waiting_for_answer" } },
    },
    select: { id: true, tenantId: true, documentId: true, assigneeId: true },
  });
  if (settled.length === 0) return [];
  await db.reviewItem.updateMany({
    where: { id: { in: settled.map((s) => s.id) }, status: { not: "resolved" } },
    data: {
      status: "resolved",
      resolutionNote: options.note ?? "The question was answered, or the run ended, outside the console",
      resolvedById: options.resolvedById ?? null,
      resolvedAt: now,
      claimExpiresAt: null,
      version: { increment: 1 },
    },
  });
  return settled;
}
