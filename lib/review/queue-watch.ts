import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { expireStaleClaims } from "@/lib/review/claims";
import { publishQueueChange } from "@/lib/review/queue-events";
import { settleQuestionItems } from "@/lib/review/question-items";
import { getStore } from "@/lib/store/get-store";

// Live updates for review items written by anyone (the pipeline creates them; reviewers on other
// instances claim and resolve them): one instance at a time polls ReviewItem.updatedAt through its
// index and publishes each change on the tenant's channel. The same loop returns stale claims and
// keeps open-question items in step with waiting runs.

const POLL_MS = 1_000;
const SWEEP_MS = 30_000;
// Rows committed a little after their updatedAt was stamped must still be seen.
const OVERLAP_MS = 5_000;
const WATERMARK_KEY = "review:queue-watcher:watermark";

export interface QueueWatcher {
  stop(): Promise<void>;
}

export function startQueueWatcher(options: { pollMs?: number; sweepMs?: number } = {}): QueueWatcher {
  const pollMs = options.pollMs ?? POLL_MS;
  const sweepMs = options.sweepMs ?? SWEEP_MS;
  const seen = new Map<string, number>();
  let watermark = new Date(Date.now() - OVERLAP_MS);
  let lastSweep = 0;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();

  async function tick() {
    const lock = await getStore().acquireLock("review:queue-watcher", pollMs * 5);
    if (!lock) return;
    try {
      // Instances take turns; the watermark is shared so whoever polls next continues from it.
      const shared = Number(await getStore().get(WATERMARK_KEY));
      if (shared > watermark.getTime()) watermark = new Date(shared);
      // The pipeline queues an open-question item when a run suspends; once the run stops waiting
      // (answered through the API, or ended) the item is settled here.
      await settleQuestionItems();
      const from = new Date(watermark.getTime() - OVERLAP_MS);
      const rows = await db.reviewItem.findMany({
        where: { updatedAt: { gt: from } },
        orderBy: { updatedAt: "asc" },
        take: 1_000,
        select: { id: true, tenantId: true, documentId: true, status: true, assigneeId: true, version: true, createdAt: true, updatedAt: true },
      });
      for (const row of rows) {
        const stamp = row.updatedAt.getTime() * 1_000 + row.version;
        if (seen.get(row.id) === stamp) continue;
        seen.set(row.id, stamp);
        const kind = row.version === 0 && row.status === "open" ? "created" : "changed";
        await publishQueueChange(row.tenantId, { kind, item: row }, row.updatedAt);
        if (row.updatedAt > watermark) watermark = row.updatedAt;
      }
      await getStore().set(WATERMARK_KEY, String(watermark.getTime()), 3_600_000);
      // Forget what can no longer come back through the overlap window.
      for (const [id, stamp] of seen) if (stamp / 1_000 < watermark.getTime() - 2 * OVERLAP_MS) seen.delete(id);
      if (Date.now() - lastSweep >= sweepMs) {
        lastSweep = Date.now();
        const expired = await expireStaleClaims();
        if (expired) log.info({ expired }, "stale review claims returned to the queue");
      }
    } finally {
      await lock.release();
    }
  }

  const timer = setInterval(() => {
    running = running.then(() => (stopped ? undefined : tick().catch((err: unknown) => log.warn({ err }, "review queue watcher tick failed"))));
  }, pollMs);
  timer.unref();

  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
