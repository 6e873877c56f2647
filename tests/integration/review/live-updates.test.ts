import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { claimItem } from "@/lib/review/claims";
import { subscribeQueue } from "@/lib/review/queue-events";
import type { QueueEvent } from "@/lib/review/queue-contract";
import { startQueueWatcher, type QueueWatcher } from "@/lib/review/queue-watch";
import { createTenantWithUsers } from "../../support/factories";
import { seedReviewDocument } from "./support/seed-review";

let watcher: QueueWatcher | undefined;
afterEach(async () => {
  await watcher?.stop();
  watcher = undefined;
});

async function collect(tenantId: string) {
  const events: QueueEvent[] = [];
  const unsubscribe = await subscribeQueue(tenantId, (e) => events.push(e));
  const waitFor = async (match: (e: QueueEvent) => boolean, ms = 5_000) => {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      const hit = events.find(match);
      if (hit) return hit;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no matching queue event; saw ${JSON.stringify(events)}`);
  };
  return { events, waitFor, unsubscribe };
}

describe("live queue updates over Redis pub/sub", () => {
  it("announce a reviewer's claim on the tenant's channel only", async () => {
    const { tenant, reviewer } = await createTenantWithUsers("live");
    const other = await createTenantWithUsers("quiet");
    const seeded = await seedReviewDocument(db, { tenantId: tenant.id });
    const mine = await collect(tenant.id);
    const theirs = await collect(other.tenant.id);
    await claimItem({ kind: "user" as const, tenantId: tenant.id, userId: reviewer.id, role: "reviewer" as const }, seeded.item.id);
    expect(await mine.waitFor((e) => e.kind === "claimed")).toMatchObject({ itemId: seeded.item.id, status: "claimed", assigneeId: reviewer.id });
    expect(theirs.events).toEqual([]);
    await Promise.all([mine.unsubscribe(), theirs.unsubscribe()]);
  });

  it("announce items the pipeline writes, and settle a waiting run's open-question item once it stops waiting", async () => {
    const { tenant } = await createTenantWithUsers("watch");
    const feed = await collect(tenant.id);
    watcher = startQueueWatcher({ pollMs: 100 });
    const routed = await seedReviewDocument(db, { tenantId: tenant.id });
    expect(await feed.waitFor((e) => e.itemId === routed.item.id)).toMatchObject({ kind: "created", status: "open" });

    const waiting = await seedReviewDocument(db, { tenantId: tenant.id, question: { prompt: "Two totals found: 120.00 or 102.00?", options: ["120.00", "102.00"] } });
    // The seed writes the open-question item as the pipeline does when a run suspends.
    const created = await feed.waitFor((e) => e.documentId === waiting.document.id && e.kind === "created");
    const item = await db.reviewItem.findUniqueOrThrow({ where: { id: created.itemId } });
    expect(item).toMatchObject({ reason: "open_question", runId: waiting.run.id, status: "open" });
    expect(item.slaDueAt).not.toBeNull();

    // Answered elsewhere (the mobile app): the run stops waiting and the item is settled.
    await db.run.update({ where: { id: waiting.run.id }, data: { status: "queued" } });
    await feed.waitFor((e) => e.itemId === item.id && e.status === "resolved");
    expect(await db.reviewItem.count({ where: { runId: waiting.run.id, status: { not: "resolved" } } })).toBe(0);
    await feed.unsubscribe();
  });
});
