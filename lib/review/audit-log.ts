import "server-only";
import { db } from "@/lib/db";
import type { AuditEntry } from "@/lib/review/review-contract";

// A document's trail, as the review screen shows it; records are written by lib/core/audit.ts.

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
