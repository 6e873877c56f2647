import "server-only";
import type { UserActor } from "@/lib/core/actor";
import { audit } from "@/lib/core/audit";
import { AppError, notFound } from "@/lib/core/errors";
import { db } from "@/lib/db";
import type { DocumentStatus, RunStatus } from "@/lib/generated/prisma/enums";
import { learnFromHumanDecision } from "@/lib/labels/learn-from-decision";
import { holdClaim } from "@/lib/review/field-corrections";
import { publishQueueChange } from "@/lib/review/queue-events";
import { decidableRunStates, decisionBlocker } from "@/lib/review/decision-rules";
import { rejectReasonLabels, type DecisionBody } from "@/lib/review/review-contract";

// A reviewer's approve or reject ends the review: every unresolved item of the run is resolved,
// the run and document take the human decision, and the trail records it — all in one transaction.

export async function decideItem(actor: UserActor, itemId: string, body: DecisionBody, now = new Date()) {
  const item = await db.reviewItem.findFirst({
    where: { id: itemId, tenantId: actor.tenantId },
    include: { run: { select: { id: true, status: true, _count: { select: { questions: { where: { answeredAt: null } } } } } } },
  });
  if (!item) throw notFound("Review item");
  const blocker = decisionBlocker(body.decision, item.run.status, item.run._count.questions);
  if (blocker) throw new AppError("invalid_state", blocker);

  const approved = body.decision === "approve";
  const note = body.decision === "reject" ? [rejectReasonLabels[body.reason], body.note].filter(Boolean).join(": ") : (body.note ?? null);

  const resolved = await db.$transaction(async (tx) => {
    await holdClaim(tx, actor, item.runId, now);
    const open = await tx.reviewItem.findMany({
      where: { tenantId: actor.tenantId, runId: item.runId, status: { not: "resolved" } },
      select: { id: true, documentId: true, reason: true, status: true, assigneeId: true, claimExpiresAt: true, assignee: { select: { name: true } } },
    });
    const other = open.find((o) => o.status === "claimed" && o.assigneeId !== actor.userId && o.claimExpiresAt && o.claimExpiresAt > now);
    if (other) throw new AppError("already_claimed", `${other.assignee?.name ?? "Another reviewer"} is working on another review item of this document`);
    await tx.reviewItem.updateMany({
      where: { id: { in: open.map((o) => o.id) }, status: { not: "resolved" } },
      data: {
        status: "resolved",
        resolution: approved ? "approved" : "rejected",
        resolutionNote: note,
        resolvedById: actor.userId,
        resolvedAt: now,
        claimExpiresAt: null,
        version: { increment: 1 },
      },
    });
    const corrections = await tx.fieldValue.count({ where: { runId: item.runId, correctedValue: { not: null } } });
    const runStatus: RunStatus = approved ? "approved" : "rejected";
    const runUpdate = await tx.run.updateMany({
      where: { id: item.runId, status: { in: decidableRunStates } },
      data: { status: runStatus, decision: approved ? "human_approved" : "human_rejected", finishedAt: now, version: { increment: 1 } },
    });
    if (runUpdate.count === 0) throw new AppError("conflict", "The run changed state while you were deciding; reload the document");
    const documentStatus: DocumentStatus = runStatus;
    await tx.document.update({ where: { id: item.documentId }, data: { status: documentStatus } });
    await learnFromHumanDecision(tx, { tenantId: actor.tenantId, runId: item.runId, documentId: item.documentId, userId: actor.userId, approved }, now);
    await audit(tx, actor, approved ? "review.approved" : "review.rejected", { type: "review_item", id: itemId, documentId: item.documentId, runId: item.runId }, {
        reasons: open.map((o) => o.reason),
        corrections,
        ...(body.decision === "reject" && { reason: body.reason }),
        ...(note && { note }),
        ...(item.reason === "audit_sample" && { auditSample: true, autoApprovalWas: approved && corrections === 0 ? "right" : "wrong" }),
      });
    return open;
  });

  await Promise.all(
    resolved.map((r) => publishQueueChange(actor.tenantId, { kind: "resolved", item: { id: r.id, documentId: r.documentId, status: "resolved", assigneeId: actor.userId } }, now)),
  );
  return { itemId, resolution: approved ? ("approved" as const) : ("rejected" as const), resolvedItems: resolved.length };
}
