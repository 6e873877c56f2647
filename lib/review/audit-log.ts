import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditEntry } from "@/lib/review/review-contract";

// Every reviewer action is an AuditEvent written in the same transaction as the change itself,
// so the trail can never miss an action that happened (or show one that did not).

export type ReviewAuditAction =
  | "review.claimed"
  | "review.released"
  | "review.claim_expired"
  | "field.corrected"
  | "review.approved"
  | "review.rejected"
  | "question.answered";

export interface AuditInput {
  tenantId: string;
  actorId: string | null;
  action: ReviewAuditAction;
  entityType: "review_item" | "field_value" | "question";
  entityId: string;
  documentId: string;
  runId: string;
  data?: Prisma.InputJsonObject;
  requestId?: string;
}

export async function recordAudit(tx: Prisma.TransactionClient, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({ data: input });
}

/** The document's trail, oldest first (the order a reader follows), capped to keep the page light. */
export async function documentAuditTrail(tenantId: string, documentId: string, limit = 500): Promise<AuditEntry[]> {
  const events = await db.auditEvent.findMany({
    where: { tenantId, documentId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    include: { actor: { select: { name: true } } },
  });
  return events.reverse().map((e) => ({
    id: e.id,
    action: e.action,
    actor: e.actor?.name ?? (e.actorTokenId ? "API token" : null),
    createdAt: e.createdAt.toISOString(),
    data: e.data && typeof e.data === "object" && !Array.isArray(e.data) ? (e.data as Record<string, unknown>) : null,
  }));
}
