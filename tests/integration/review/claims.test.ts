import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { claimItem, claimNext, expireStaleClaims, releaseItem } from "@/lib/review/claims";
import { createTenantWithUsers } from "../../support/factories";
import { seedReviewDocument } from "./support/seed-review";

const codeOf = (p: Promise<unknown>) => p.then(() => "ok", (e: { code?: string }) => e.code ?? String(e));

async function setup() {
  const { tenant, admin, reviewer } = await createTenantWithUsers("claims");
  const second = await db.user.create({
    data: { tenantId: tenant.id, email: `second-${tenant.id}@example.test`, name: "Bea", role: "reviewer", passwordHash: "x" },
  });
  const seeded = await seedReviewDocument(db, { tenantId: tenant.id });
  const a = { kind: "user" as const, tenantId: tenant.id, userId: reviewer.id, role: "reviewer" as const };
  const b = { kind: "user" as const, tenantId: tenant.id, userId: second.id, role: "reviewer" as const };
  const boss = { kind: "user" as const, tenantId: tenant.id, userId: admin.id, role: "admin" as const };
  return { tenant, seeded, a, b, boss };
}

describe("claiming review items", () => {
  it("lets exactly one of many racing reviewers claim an item", async () => {
    const { tenant, seeded } = await setup();
    const racers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        db.user.create({ data: { tenantId: tenant.id, email: `racer-${i}-${tenant.id}@example.test`, name: `Racer ${i}`, passwordHash: "x" } }),
      ),
    );
    const outcomes = await Promise.all(racers.map((u) => codeOf(claimItem({ kind: "user" as const, tenantId: tenant.id, userId: u.id, role: "reviewer" as const }, seeded.item.id))));
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "already_claimed")).toHaveLength(7);
    const item = await db.reviewItem.findUniqueOrThrow({ where: { id: seeded.item.id } });
    expect(item.status).toBe("claimed");
    expect(racers.map((r) => r.id)).toContain(item.assigneeId);
    expect(await db.auditEvent.count({ where: { entityId: seeded.item.id, action: "review.claimed" } })).toBe(1);
  });

  it("renews the holder's own claim without another audit event", async () => {
    const { seeded, a } = await setup();
    const first = await claimItem(a, seeded.item.id, new Date(Date.now() - 60_000));
    const renewed = await claimItem(a, seeded.item.id);
    expect(new Date(renewed.claimExpiresAt!).getTime()).toBeGreaterThan(new Date(first.claimExpiresAt!).getTime());
    expect(await db.auditEvent.count({ where: { entityId: seeded.item.id, action: "review.claimed" } })).toBe(1);
  });

  it("lets another reviewer take over a claim once it has expired, and records whose it was", async () => {
    const { seeded, a, b } = await setup();
    await claimItem(a, seeded.item.id, new Date(Date.now() - 3_600_000));
    const taken = await claimItem(b, seeded.item.id);
    expect(taken.assignee?.name).toBe("Bea");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: seeded.item.id, actorId: b.userId } });
    expect(audit.data).toMatchObject({ tookOverExpiredClaimOf: a.userId });
  });

  it("releases only the holder's claim, unless an admin releases it", async () => {
    const { seeded, a, b, boss } = await setup();
    await claimItem(a, seeded.item.id);
    expect(await codeOf(releaseItem(b, seeded.item.id))).toBe("already_claimed");
    const released = await releaseItem(boss, seeded.item.id);
    expect(released.status).toBe("open");
    expect(released.assignee).toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: seeded.item.id, action: "review.released" } });
    expect(audit).toMatchObject({ actorId: boss.userId, data: { releasedClaimOf: a.userId } });
  });

  it("returns stale claims to the queue and records the expiry", async () => {
    const { seeded, a } = await setup();
    await claimItem(a, seeded.item.id, new Date(Date.now() - 3_600_000));
    expect(await expireStaleClaims()).toBeGreaterThanOrEqual(1);
    const item = await db.reviewItem.findUniqueOrThrow({ where: { id: seeded.item.id } });
    expect(item).toMatchObject({ status: "open", assigneeId: null });
    expect(await db.auditEvent.count({ where: { entityId: seeded.item.id, action: "review.claim_expired" } })).toBe(1);
  });

  it("hides other tenants' items", async () => {
    const { seeded } = await setup();
    const other = await createTenantWithUsers("other");
    expect(await codeOf(claimItem({ kind: "user" as const, tenantId: other.tenant.id, userId: other.reviewer.id, role: "reviewer" as const }, seeded.item.id))).toBe("not_found");
  });

  it("claims the next item in queue order, skipping items others hold", async () => {
    const { tenant, a, b } = await setup();
    const urgent = await seedReviewDocument(db, { tenantId: tenant.id, priority: 9 });
    const second = await seedReviewDocument(db, { tenantId: tenant.id, priority: 8 });
    await claimItem(b, urgent.item.id);
    const next = await claimNext(a, { sort: "priority" });
    expect(next?.id).toBe(second.item.id);
    // Asking again gives back the unfinished claim rather than hoarding another item.
    expect((await claimNext(a, { sort: "priority" }))?.id).toBe(second.item.id);
    expect((await claimNext(a, { sort: "priority" }, { excludeItemId: second.item.id }))?.id).not.toBe(second.item.id);
  });
});
