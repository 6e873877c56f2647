import type { Prisma } from "@/lib/generated/prisma/client";
import { actingTokenId, actingUserId, type Actor } from "@/lib/core/actor";

// The one way to write an audit record. Call it inside the transaction that makes the change, so
// the trail can never miss an action that happened (or show one that did not).

export interface AuditTarget {
  /** The kind of thing acted on: "review_item", "field_value", "question", "user", "ApiToken", "budget", "setting", … */
  type: string;
  id: string;
  /** Set when the action belongs to a document's trail (the review screen shows it). */
  documentId?: string;
  runId?: string;
}

export async function audit(
  tx: Pick<Prisma.TransactionClient, "auditEvent">,
  actor: Actor,
  action: string,
  target: AuditTarget,
  details?: Prisma.InputJsonObject,
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      tenantId: actor.tenantId,
      actorId: actingUserId(actor),
      actorTokenId: actingTokenId(actor),
      action,
      entityType: target.type,
      entityId: target.id,
      documentId: target.documentId,
      runId: target.runId,
      data: details,
      requestId: actor.requestId,
    },
  });
}
