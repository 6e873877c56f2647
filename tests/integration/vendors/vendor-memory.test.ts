import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { drainExecutions } from "@/lib/pipeline/run-registry";
import { submitDocument } from "@/lib/pipeline/start-run";
import { claimItem } from "@/lib/review/claims";
import { decideItem } from "@/lib/review/decisions";
import { correctField } from "@/lib/review/field-corrections";
import { getReviewDocument } from "@/lib/review/review-document";
import { createTenantWithUsers } from "../../support/factories";
import { runAtRest } from "../pipeline/pipeline-support";
import { seedReviewDocument } from "../review/support/seed-review";

// Vendor memory: a reviewer's correction of a vendor's name is how the next document from that
// vendor is read, in that tenant only.

afterAll(() => drainExecutions(10_000));

const RIGHT = "GARDENIA BAKERIES (KL) SDN BHD";
const receipt = async (id: string) => (JSON.parse(await readFile(path.resolve(`../shared/data/receipts/${id}.json`), "utf8")) as { text: string }).text;
/** The receipt as a worn print reads: the letterhead's I's come out as 1 or l. */
const damaged = (text: string, as: string) => text.replace(/^GARDENIA BAKERIES \(K[IL] \) SDN BHD|^GARDENIA BAKERIES \(KL\) SDN BHD/, as);

async function tenantThatCorrectedGardenia(label: string) {
  const { tenant, reviewer } = await createTenantWithUsers(label);
  const actor = { kind: "user" as const, tenantId: tenant.id, userId: reviewer.id, role: "reviewer" as const };
  const wrong = "GARDEN1A BAKER1ES (KL) SDN BHD";
  const seeded = await seedReviewDocument(db, {
    tenantId: tenant.id,
    text: damaged(await receipt("sroie-328"), wrong),
    fields: [
      { name: "company", value: wrong, confidence: 0.6 },
      { name: "date", value: "2017-07-21", confidence: 0.99 },
      { name: "total", value: "33.05", confidence: 0.99 },
    ],
  });
  await claimItem(actor, seeded.item.id);
  await correctField(actor, seeded.fields.find((f) => f.name === "company")!.id, { value: RIGHT, version: 0 });
  await decideItem(actor, seeded.item.id, { decision: "approve" });
  return { tenant, reviewer };
}

async function upload(tenantId: string, text: string) {
  const { run } = await submitDocument({ kind: "system", tenantId }, { bytes: Buffer.from(text), filename: "gardenia.txt" });
  await runAtRest(run.id, 60_000);
  const company = await db.fieldValue.findFirstOrThrow({ where: { runId: run.id, name: "company" } });
  return { run, company };
}

describe("vendor memory", () => {
  it("reads the next document of a vendor with the name a reviewer corrected, and says the vendor is known", async () => {
    const { tenant, reviewer } = await tenantThatCorrectedGardenia("vendors-a");
    const vendor = await db.vendor.findFirstOrThrow({ where: { tenantId: tenant.id } });
    expect(vendor).toMatchObject({ name: RIGHT, approvedDocuments: 1, address: null });

    const next = await upload(tenant.id, damaged(await receipt("sroie-330"), "GARDENlA BAKERIES (KL) SDN BHD"));
    expect(next.company.value).toBe(RIGHT);
    expect(next.company.flags).toContain("known_vendor");
    // The evidence: the value points at the damaged print it replaced.
    expect(next.company.sourceText).toContain("GARDENlA BAKERIES (KL) SDN BHD");
    const view = await getReviewDocument(tenant.id, reviewer.id, next.run.documentId);
    expect(view.vendor).toMatchObject({ known: true, name: RIGHT, approvedDocuments: 1, matchedBy: "name", changes: [{ field: "company", to: RIGHT }] });
  }, 60_000);

  it("never lets one tenant's vendors read another tenant's documents", async () => {
    const a = await tenantThatCorrectedGardenia("vendors-iso-a");
    const { tenant: b, reviewer } = await createTenantWithUsers("vendors-iso-b");
    const text = damaged(await receipt("sroie-330"), "GARDENlA BAKERIES (KL) SDN BHD");
    const inB = await upload(b.id, text);
    expect(inB.company.value).not.toBe(RIGHT);
    expect(inB.company.flags).not.toContain("known_vendor");
    expect((await getReviewDocument(b.id, reviewer.id, inB.run.documentId)).vendor).toMatchObject({ known: false, name: null, changes: [] });
    expect(await db.vendor.count({ where: { tenantId: a.tenant.id } })).toBe(1);
    expect(await db.vendorRun.findUniqueOrThrow({ where: { runId: inB.run.id } })).toMatchObject({ tenantId: b.id, vendorId: null });
  }, 60_000);
});
