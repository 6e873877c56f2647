import "server-only";
import { systemActor, type UserActor } from "@/lib/core/actor";
import { audit } from "@/lib/core/audit";
import { notFound } from "@/lib/core/errors";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { hasRole } from "@/lib/auth/roles";
import { claimableBy, claimExpiry, refusal } from "@/lib/review/claim-rules";
import { publishQueueChange } from "@/lib/review/queue-events";
import { queueRows, queueWhere, resolvedQueueWhere, toQueueItem } from "@/lib/review/queue-list";
import type { QueueItem, QueueQuery } from "@/lib/review/queue-contract";

// Claims keep two reviewers off the same item. Taking one is a single conditional UPDATE
// (open, or expired, or already mine), so of two racing reviewers exactly one matches a row.

async function loadState(tenantId: string, itemId: string) {
  const item = await db.reviewItem.findFirst({
    where: { id: itemId, tenantId },
    include: { assignee: { select: { name: true } }, resolvedBy: { select: { name: true } } },
  });
  if (!item) throw notFound("Review item");
  return { ...item, assigneeName: item.assignee?.name ?? null, resolvedByName: item.resolvedBy?.name ?? null };
}

async function loadItem(id: string): Promise<QueueItem> {
  const [row] = await queueRows({ id }, { sort: "oldest", limit: 1 });
  return toQueueItem(row);
}

/**
 * Claims an item for the actor, or renews the actor's own claim (the review page's heartbeat).
 * Refuses with `already_claimed` while another reviewer's claim is live.
 */
export async function claimItem(actor: UserActor, itemId: string, now = new Date()): Promise<QueueItem> {
  const before = await loadState(actor.tenantId, itemId);
  const expiresAt = claimExpiry(now, env().SIEVE_REVIEW_CLAIM_TTL_SECONDS);

  if (before.status === "claimed" && before.assigneeId === actor.userId) {
    // Renewal: no new audit event, or a day of heartbeats would bury the trail.
    const renewed = await db.reviewItem.updateMany({
      where: { id: itemId, tenantId: actor.tenantId, status: "claimed", assigneeId: actor.userId },
      data: { claimExpiresAt: expiresAt },
    });
    if (renewed.count === 1) return loadItem(itemId);
  }

  const claimed = await db.$transaction(async (tx) => {
    const result = await tx.reviewItem.updateMany({
      where: { AND: [{ id: itemId, tenantId: actor.tenantId }, claimableBy(actor.userId, now)] },
      data: { status: "claimed", assigneeId: actor.userId, claimedAt: now, claimExpiresAt: expiresAt, version: { increment: 1 } },
    });
    if (result.count === 0) return false;
    const takenOver = before.status === "claimed" && before.assigneeId && before.assigneeId !== actor.userId ? before.assigneeId : null;
    await audit(tx, actor, "review.claimed", { type: "review_item", id: itemId, documentId: before.documentId, runId: before.runId }, { expiresAt: expiresAt.toISOString(), ...(takenOver && { tookOverExpiredClaimOf: takenOver }) });
    return true;
  });
  if (!claimed) throw refusal(await loadState(actor.tenantId, itemId), actor.userId, now, "claim");

  const item = await loadItem(itemId);
  await publishQueueChange(actor.tenantId, { kind: "claimed", item: { ...item, assigneeId: actor.userId } }, now);
  return item;
}

/** Gives an item back to the queue. Reviewers release their own claims; admins may release anyone's. */
export async function releaseItem(actor: UserActor, itemId: string, now = new Date()): Promise<QueueItem> {
  const before = await loadState(actor.tenantId, itemId);
  const released = await db.$transaction(async (tx) => {
    const result = await tx.reviewItem.updateMany({
      where: {
        id: itemId,
        tenantId: actor.tenantId,
        status: "claimed",
        ...(actor.role && hasRole(actor.role, "admin") ? {} : { assigneeId: actor.userId }),
      },
      data: { status: "open", assigneeId: null, claimedAt: null, claimExpiresAt: null, version: { increment: 1 } },
    });
    if (result.count === 0) return false;
    await audit(tx, actor, "review.released", { type: "review_item", id: itemId, documentId: before.documentId, runId: before.runId }, before.assigneeId !== actor.userId ? { releasedClaimOf: before.assigneeId } : {});
    return true;
  });
  if (!released) {
    const state = await loadState(actor.tenantId, itemId);
    if (state.status === "open") return loadItem(itemId);
    throw refusal(state, actor.userId, now, "act");
  }
  const item = await loadItem(itemId);
  await publishQueueChange(actor.tenantId, { kind: "released", item: { ...item, assigneeId: null } }, now);
  return item;
}

/**
 * Claims the next item for the actor: their own unfinished claims first, then the first open item
 * in the given order. Racing reviewers skip past each other's wins instead of failing.
 */
export async function claimNext(
  actor: UserActor,
  query: Pick<QueueQuery, "sort" | "reason" | "docType" | "q">,
  options: { excludeItemId?: string } = {},
  now = new Date(),
): Promise<QueueItem | null> {
  const exclude = options.excludeItemId ? { id: { not: options.excludeItemId } } : {};
  const [mine] = await queueRows(
    { AND: [queueWhere(actor.tenantId, actor.userId, { view: "mine" }), exclude] },
    { sort: "oldest", limit: 1 },
  );
  if (mine) return claimItem(actor, mine.id, now);

  const where = { AND: [await resolvedQueueWhere(actor.tenantId, actor.userId, { ...query, view: "open" }), exclude] };
  // Items others win drop out of the open view, so each round reads the head of the queue afresh.
  for (let round = 0; round < 5; round++) {
    const candidates = await queueRows(where, { sort: query.sort, limit: 5 });
    if (candidates.length === 0) return null;
    for (const candidate of candidates) {
      try {
        return await claimItem(actor, candidate.id, now);
      } catch (error) {
        if ((error as { code?: string }).code === "not_found") throw error;
        // Someone else got it first: try the next one.
      }
    }
  }
  return null;
}

/**
 * Returns stale claims to the queue (claims are also claimable once expired; this makes them show
 * in the open view and records the expiry). Safe to run on every instance at once.
 */
export async function expireStaleClaims(now = new Date(), batch = 500): Promise<number> {
  const stale = await db.reviewItem.findMany({
    where: { status: "claimed", claimExpiresAt: { lt: now } },
    select: { id: true, tenantId: true, documentId: true, runId: true, assigneeId: true },
    take: batch,
  });
  let expired = 0;
  for (const item of stale) {
    const done = await db.$transaction(async (tx) => {
      const result = await tx.reviewItem.updateMany({
        where: { id: item.id, status: "claimed", assigneeId: item.assigneeId, claimExpiresAt: { lt: now } },
        data: { status: "open", assigneeId: null, claimedAt: null, claimExpiresAt: null, version: { increment: 1 } },
      });
      if (result.count === 0) return false;
      await audit(tx, systemActor(item.tenantId), "review.claim_expired", { type: "review_item", id: item.id, documentId: item.documentId, runId: item.runId }, { assigneeId: item.assigneeId });
      return true;
    });
    if (done) {
      expired++;
      await publishQueueChange(item.tenantId, { kind: "released", item: { ...item, status: "open", assigneeId: null } }, now);
    }
  }
  return expired;
}
