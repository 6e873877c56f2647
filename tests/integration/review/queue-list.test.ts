import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { claimItem } from "@/lib/review/claims";
import { listQueue, queueCounts } from "@/lib/review/queue-list";
import { queueQuerySchema, type QueueItem, type QueueSort } from "@/lib/review/queue-contract";
import { createTenantWithUsers } from "../../support/factories";
import type { ReviewReason } from "@/lib/generated/prisma/enums";

let tenantId: string;
let userId: string;
const reasons: ReviewReason[] = ["low_confidence", "validation_failed", "audit_sample", "open_question"];

// 150 items with deliberate ties (same priority, same creation time, missing deadlines and
// confidences) so that pagination has to break ties correctly.
beforeAll(async () => {
  const { tenant, reviewer } = await createTenantWithUsers("queue");
  tenantId = tenant.id;
  userId = reviewer.id;
  const base = Date.parse("2026-11-01T00:00:00Z");
  for (let i = 0; i < 150; i++) {
    const document = await db.document.create({
      data: { tenantId, filename: `scan-${String(i).padStart(3, "0")}${i % 10 === 0 ? "-ACME" : ""}.pdf`, mime: "application/pdf", size: 1, sha256: `q${i}-${tenantId}`, bytes: Buffer.from("x") },
    });
    const run = await db.run.create({ data: { documentId: document.id, tenantId, status: "needs_review", budgetCapMicros: 1 } });
    await db.reviewItem.create({
      data: {
        tenantId,
        documentId: document.id,
        runId: run.id,
        reason: reasons[i % reasons.length],
        priority: i % 3,
        docType: i % 2 ? "invoice" : "receipt",
        confidence: i % 7 === 0 ? null : (i % 13) / 13,
        createdAt: new Date(base + Math.floor(i / 4) * 60_000),
        slaDueAt: i % 5 === 0 ? null : new Date(base + (i % 11) * 3_600_000),
      },
    });
  }
});

async function walk(query: Record<string, unknown>, limit = 17): Promise<QueueItem[]> {
  const seen: QueueItem[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 100; page++) {
    const result = await listQueue(tenantId, userId, queueQuerySchema.parse({ ...query, limit, cursor }));
    seen.push(...result.items);
    if (!result.nextCursor) return seen;
    cursor = result.nextCursor;
  }
  throw new Error("pagination did not end");
}

const expectedOrder: Record<QueueSort, object[]> = {
  priority: [{ priority: "desc" }, { createdAt: "asc" }, { id: "asc" }],
  sla: [{ slaDueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  oldest: [{ createdAt: "asc" }, { id: "asc" }],
  newest: [{ createdAt: "desc" }, { id: "desc" }],
  confidence: [{ confidence: { sort: "asc", nulls: "last" } }, { id: "asc" }],
};

describe("the review queue", () => {
  it.each(Object.keys(expectedOrder) as QueueSort[])("pages through every open item exactly once in %s order", async (sort) => {
    const paged = await walk({ sort });
    const all = await db.reviewItem.findMany({ where: { tenantId, status: "open" }, orderBy: expectedOrder[sort] as never, select: { id: true } });
    expect(paged.map((i) => i.id)).toEqual(all.map((i) => i.id));
  });

  it("filters by reason and document type, and reports the total across pages", async () => {
    const first = await listQueue(tenantId, userId, queueQuerySchema.parse({ reason: "validation_failed", docType: "invoice", limit: 5 }));
    const everything = await walk({ reason: "validation_failed", docType: "invoice" }, 5);
    expect(first.total).toBe(everything.length);
    expect(everything.length).toBeGreaterThan(5);
    expect(everything.every((i) => i.reason === "validation_failed" && i.docType === "invoice")).toBe(true);
  });

  it("searches file names in any case, and ids exactly", async () => {
    const byName = await walk({ q: "acme" });
    expect(byName).toHaveLength(15);
    const byId = await listQueue(tenantId, userId, queueQuerySchema.parse({ q: byName[0].documentId }));
    expect(byId.items.map((i) => i.id)).toEqual([byName[0].id]);
  });

  it("moves a claimed item from the open view to the reviewer's own view", async () => {
    const [head] = (await listQueue(tenantId, userId, queueQuerySchema.parse({ limit: 1 }))).items;
    await claimItem({ kind: "user", tenantId, userId, role: "reviewer" }, head.id);
    const open = await walk({});
    expect(open.map((i) => i.id)).not.toContain(head.id);
    const mine = await listQueue(tenantId, userId, queueQuerySchema.parse({ view: "mine" }));
    expect(mine.items.map((i) => i.id)).toEqual([head.id]);
    expect(mine.items[0].assignee?.id).toBe(userId);
    const counts = await queueCounts(tenantId, userId);
    expect(counts).toMatchObject({ openTotal: 149, mine: 1, claimed: 1 });
  });

  it("never shows another tenant's items and refuses a forged cursor", async () => {
    const other = await createTenantWithUsers("other");
    expect((await listQueue(other.tenant.id, other.reviewer.id, queueQuerySchema.parse({}))).total).toBe(0);
    await expect(listQueue(tenantId, userId, queueQuerySchema.parse({ cursor: "eyJ4Ijox" }))).rejects.toMatchObject({ code: "invalid_request" });
  });
});
