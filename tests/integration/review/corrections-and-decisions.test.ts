import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditPrecision } from "@/lib/review/audit-precision";
import { claimItem } from "@/lib/review/claims";
import { decideItem } from "@/lib/review/decisions";
import { correctField } from "@/lib/review/field-corrections";
import { getReviewDocument } from "@/lib/review/review-document";
import { createTenantWithUsers } from "../../support/factories";
import { seedReviewDocument } from "./support/seed-review";

const codeOf = (p: Promise<unknown>) => p.then(() => "ok", (e: { code?: string }) => e.code ?? String(e));

async function setup(options: Partial<Parameters<typeof seedReviewDocument>[1]> = {}) {
  const { tenant, reviewer } = await createTenantWithUsers("decide");
  const second = await db.user.create({ data: { tenantId: tenant.id, email: `bea-${tenant.id}@example.test`, name: "Bea", passwordHash: "x" } });
  const seeded = await seedReviewDocument(db, { tenantId: tenant.id, ...options });
  const a = { kind: "user" as const, tenantId: tenant.id, userId: reviewer.id, role: "reviewer" as const };
  const b = { kind: "user" as const, tenantId: tenant.id, userId: second.id, role: "reviewer" as const };
  const total = seeded.fields.find((f) => f.name === "total")!;
  return { tenant, seeded, a, b, total };
}

describe("field corrections", () => {
  it("stores a correction beside the extracted value and audits old and new", async () => {
    const { seeded, a, total } = await setup();
    await claimItem(a, seeded.item.id);
    const saved = await correctField(a, total.id, { value: "102.00", version: 0 });
    expect(saved).toMatchObject({ value: "120.00", correctedValue: "102.00", effectiveValue: "102.00", version: 1, correctedBy: "Reviewer" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: total.id, action: "field.corrected" } });
    expect(audit.data).toMatchObject({ field: "total", label: "Total", from: "120.00", to: "102.00", version: 1 });
  });

  it("refuses a stale edit with a message naming who changed the field and to what", async () => {
    const { seeded, a, b, total } = await setup();
    await claimItem(a, seeded.item.id);
    await correctField(a, total.id, { value: "102.00", version: 0 });
    // Bea takes over after A's claim is released by an admin; she loaded version 0 earlier.
    await db.reviewItem.update({ where: { id: seeded.item.id }, data: { status: "open", assigneeId: null } });
    await claimItem(b, seeded.item.id);
    const stale = await correctField(b, total.id, { value: "100.00", version: 0 }).catch((e) => e);
    expect(stale.code).toBe("stale_version");
    expect(stale.message).toBe('Total was changed by Reviewer after you opened it (it is now "102.00"). Your value "100.00" was not saved; check theirs and edit again if needed.');
    expect(stale.details).toMatchObject({ currentValue: "102.00", currentVersion: 1 });
    const field = await db.fieldValue.findUniqueOrThrow({ where: { id: total.id } });
    expect(field.correctedValue).toBe("102.00");
  });

  it("requires the editor to hold the claim", async () => {
    const { seeded, a, b, total } = await setup();
    expect(await codeOf(correctField(a, total.id, { value: "102.00", version: 0 }))).toBe("invalid_state");
    await claimItem(b, seeded.item.id);
    expect(await codeOf(correctField(a, total.id, { value: "102.00", version: 0 }))).toBe("already_claimed");
  });

  it("refuses a value the document type does not allow, and clears a correction typed back to the original", async () => {
    const { seeded, a, total } = await setup();
    await claimItem(a, seeded.item.id);
    const date = seeded.fields.find((f) => f.name === "date")!;
    await expect(correctField(a, date.id, { value: "11/01/2019", version: 0 })).rejects.toMatchObject({ code: "invalid_request", message: "Date: use the form YYYY-MM-DD" });
    await correctField(a, total.id, { value: "102.00", version: 0 });
    const reverted = await correctField(a, total.id, { value: "120.00", version: 1 });
    expect(reverted).toMatchObject({ correctedValue: null, effectiveValue: "120.00", version: 2 });
  });
});

describe("decisions", () => {
  it("approves: resolves the item, finishes run and document, and shows it in the trail", async () => {
    const { seeded, a, total } = await setup();
    await claimItem(a, seeded.item.id);
    await correctField(a, total.id, { value: "102.00", version: 0 });
    const result = await decideItem(a, seeded.item.id, { decision: "approve" });
    expect(result).toMatchObject({ resolution: "approved", resolvedItems: 1 });
    const [item, run, document] = await Promise.all([
      db.reviewItem.findUniqueOrThrow({ where: { id: seeded.item.id } }),
      db.run.findUniqueOrThrow({ where: { id: seeded.run.id } }),
      db.document.findUniqueOrThrow({ where: { id: seeded.document.id } }),
    ]);
    expect(item).toMatchObject({ status: "resolved", resolution: "approved", resolvedById: a.userId });
    expect(run).toMatchObject({ status: "approved", decision: "human_approved" });
    expect(document.status).toBe("approved");
    const view = await getReviewDocument(a.tenantId, a.userId, seeded.document.id);
    expect(view.audit.map((e) => e.action)).toEqual(["review.claimed", "field.corrected", "review.approved"]);
    expect(view.audit[2]).toMatchObject({ actor: "Reviewer", data: { corrections: 1 } });
    expect(view.viewer).toMatchObject({ canAct: false, canClaim: false });
    expect(await codeOf(decideItem(a, seeded.item.id, { decision: "reject", reason: "duplicate" }))).toBe("invalid_state");
  });

  it("rejects with a reason, which the trail keeps", async () => {
    const { seeded, a } = await setup();
    await claimItem(a, seeded.item.id);
    await decideItem(a, seeded.item.id, { decision: "reject", reason: "illegible", note: "bottom half cut off" });
    const item = await db.reviewItem.findUniqueOrThrow({ where: { id: seeded.item.id } });
    expect(item).toMatchObject({ resolution: "rejected", resolutionNote: "Illegible or incomplete: bottom half cut off" });
    expect((await db.run.findUniqueOrThrow({ where: { id: seeded.run.id } })).status).toBe("rejected");
  });

  it("will not approve while the pipeline waits for an answer", async () => {
    const { seeded, a } = await setup({ question: { prompt: "Two totals found: 120.00 or 102.00?", options: ["120.00", "102.00"] } });
    await claimItem(a, seeded.item.id);
    await expect(decideItem(a, seeded.item.id, { decision: "approve" })).rejects.toMatchObject({ code: "invalid_state", message: expect.stringMatching(/answer it/) });
  });

  it("measures auto-approve precision from resolved audit samples", async () => {
    const { tenant, reviewer } = await createTenantWithUsers("precision");
    const actor = { kind: "user" as const, tenantId: tenant.id, userId: reviewer.id, role: "reviewer" as const };
    const verdicts = ["confirm", "confirm", "confirm", "correct", "reject", "pending"] as const;
    for (const verdict of verdicts) {
      const s = await seedReviewDocument(db, { tenantId: tenant.id, reason: "audit_sample" });
      if (verdict === "pending") continue;
      await claimItem(actor, s.item.id);
      if (verdict === "correct") await correctField(actor, s.fields.find((f) => f.name === "total")!.id, { value: "102.00", version: 0 });
      await decideItem(actor, s.item.id, verdict === "reject" ? { decision: "reject", reason: "incorrect_data" } : { decision: "approve" });
    }
    const precision = await auditPrecision(tenant.id);
    expect(precision).toMatchObject({ confirmed: 3, corrected: 1, rejected: 1, pending: 1, reviewed: 5, precision: 0.6 });
  });
});
