import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { labelLineSchema } from "@/lib/labels/label-contract";
import { drainExecutions } from "@/lib/pipeline/run-registry";
import { submitDocument } from "@/lib/pipeline/start-run";
import { claimItem } from "@/lib/review/claims";
import { decideItem } from "@/lib/review/decisions";
import { correctField } from "@/lib/review/field-corrections";
import { call } from "../../support/api-dispatch";
import { consoleSession } from "../../support/api-factories";
import { createTenantWithUsers } from "../../support/factories";
import { runAtRest } from "../pipeline/pipeline-support";
import { seedReviewDocument } from "../review/support/seed-review";

// Every approved document becomes a labelled record, exported per tenant in the dataset format.

afterAll(() => drainExecutions(10_000));

async function tenantWithReviewedDocument(label: string, company: string) {
  const users = await createTenantWithUsers(label);
  const reviewer = { kind: "user" as const, tenantId: users.tenant.id, userId: users.reviewer.id, role: "reviewer" as const };
  const seeded = await seedReviewDocument(db, { tenantId: users.tenant.id });
  await claimItem(reviewer, seeded.item.id);
  const companyField = seeded.fields.find((f) => f.name === "company")!;
  const total = seeded.fields.find((f) => f.name === "total")!;
  await correctField(reviewer, companyField.id, { value: company, version: 0 });
  await correctField(reviewer, total.id, { value: "102.00", version: 0 });
  await decideItem(reviewer, seeded.item.id, { decision: "approve" });
  return { ...users, seeded };
}

async function exportAs(email: string) {
  const session = await consoleSession(email);
  const response = await call("/api/v1/admin/labels", { cookie: session.cookie });
  const text = await response.text();
  return { status: response.status, type: response.headers.get("content-type"), lines: text.split("\n").filter(Boolean).map((l) => labelLineSchema.parse(JSON.parse(l))) };
}

describe("labelled data from approvals", () => {
  it("records a reviewed document as approved, with its corrections, and exports it as a dataset line", async () => {
    const a = await tenantWithReviewedDocument("labels-a", "KEDAI RUNCIT MAJU JAYA SDN BHD");
    const record = await db.labelRecord.findUniqueOrThrow({ where: { documentId: a.seeded.document.id } });
    expect(record).toMatchObject({ approvedBy: "human", approvedById: a.reviewer.id, checked: true, correct: false, correctedFields: ["company", "total"] });

    const exported = await exportAs(a.admin.email);
    expect(exported.status).toBe(200);
    expect(exported.type).toContain("application/x-ndjson");
    expect(exported.lines).toEqual([
      expect.objectContaining({
        id: a.seeded.document.id,
        type: "receipt",
        text: a.seeded.document.text,
        fields: { company: "KEDAI RUNCIT MAJU JAYA SDN BHD", date: "2019-01-11", total: "102.00", subtotal: "95.00" },
        approved_by: "human",
        corrected_fields: ["company", "total"],
      }),
    ]);
  });

  it("never shows one tenant's labels to another, and only to admins", async () => {
    const a = await tenantWithReviewedDocument("labels-iso-a", "SHOP A");
    const b = await tenantWithReviewedDocument("labels-iso-b", "SHOP B");
    const [fromA, fromB] = await Promise.all([exportAs(a.admin.email), exportAs(b.admin.email)]);
    expect(fromA.lines.map((l) => l.fields.company)).toEqual(["SHOP A"]);
    expect(fromB.lines.map((l) => l.fields.company)).toEqual(["SHOP B"]);
    const reviewer = await consoleSession(a.reviewer.email);
    expect((await call("/api/v1/admin/labels", { cookie: reviewer.cookie })).status).toBe(403);
  });

  it("counts an audited auto-approval that needed no correction as right", async () => {
    const { tenant, reviewer } = await createTenantWithUsers("labels-audit");
    const actor = { kind: "user" as const, tenantId: tenant.id, userId: reviewer.id, role: "reviewer" as const };
    const seeded = await seedReviewDocument(db, { tenantId: tenant.id, reason: "audit_sample", confidence: 0.97 });
    await claimItem(actor, seeded.item.id);
    await decideItem(actor, seeded.item.id, { decision: "approve" });
    const record = await db.labelRecord.findUniqueOrThrow({ where: { documentId: seeded.document.id } });
    expect(record).toMatchObject({ checked: true, correct: true, confidence: 0.97, correctedFields: [] });
  });

  it("labels what the pipeline approves on its own, unchecked", async () => {
    const { tenant } = await createTenantWithUsers("labels-auto");
    const receipt = JSON.parse(await readFile(path.resolve("../shared/data/receipts/sroie-010.json"), "utf8")) as { text: string };
    const { run } = await submitDocument({ kind: "system", tenantId: tenant.id }, { bytes: Buffer.from(receipt.text), filename: "sroie-010.txt" });
    const settled = await runAtRest(run.id, 60_000);
    expect(settled.status).toBe("approved");
    const record = await db.labelRecord.findUniqueOrThrow({ where: { documentId: run.documentId } });
    expect(record).toMatchObject({ tenantId: tenant.id, runId: run.id, approvedBy: "pipeline", checked: false, correct: null, docType: "receipt" });
    expect(record.fields).toMatchObject({ total: expect.any(String), company: expect.any(String) });
  }, 60_000);
});
