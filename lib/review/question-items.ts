import "server-only";
import { db } from "@/lib/db";

// A run that stops to ask a question needs a human as much as one routed to review: the uploader
// may answer through the API, but a reviewer can too. The pipeline queues one `open_question`
// ReviewItem when the run suspends; this resolves it once the run stops waiting (answered anywhere, or ended).

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
