import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { errorBodySchema } from "@/lib/core/contract";
import { db } from "@/lib/db";
import { drainExecutions } from "@/lib/pipeline/run-registry";
import { submitDocument } from "@/lib/pipeline/start-run";
import { claimItem } from "@/lib/review/claims";
import { decideItem } from "@/lib/review/decisions";
import { getReviewDocument } from "@/lib/review/review-document";
import { vendorPageSchema, vendorSchema } from "@/lib/vendors/vendor-contract";
import { call } from "../../support/api-dispatch";
import { consoleSession } from "../../support/api-factories";
import { createTenantWithUsers } from "../../support/factories";
import { runAtRest } from "../pipeline/pipeline-support";
import { seedReviewDocument } from "../review/support/seed-review";

// Reviewers correct and de-duplicate vendor memory through the API: what they save is how the next
// document from the vendor is read, every change is in the audit trail, and no tenant reaches
// another's vendors.

afterAll(() => drainExecutions(10_000));

const RIGHT = "GARDENIA BAKERIES (KL) SDN BHD";
const WRONG = "GARDEN1A BAKER1ES (KL) SDN BHD";
const receipt = async (id: string) => (JSON.parse(await readFile(path.resolve(`../shared/data/receipts/${id}.json`), "utf8")) as { text: string }).text;
const damaged = (text: string, as: string) => text.replace(/^GARDENIA BAKERIES \(K[IL] \) SDN BHD|^GARDENIA BAKERIES \(KL\) SDN BHD/, as);

async function reviewerOf(label: string) {
  const users = await createTenantWithUsers(label);
  return { ...users, session: await consoleSession(users.reviewer.email) };
}

type Session = { cookie: string; csrf: string };
const patch = (session: Session, id: string, json: object) => call(`/api/v1/vendors/${id}`, { method: "PATCH", ...session, json });
const merge = (session: Session, id: string, duplicateId: string) => call(`/api/v1/vendors/${id}/merge`, { method: "POST", ...session, json: { duplicateId } });

async function expectError(response: Response, status: number, code: string) {
  const body = errorBodySchema.parse(await response.json());
  expect({ status: response.status, code: body.error.code }).toEqual({ status, code });
  return body.error;
}

const seedVendor = (tenantId: string, name: string, extra: { approvedDocuments?: number; aliases?: string[]; iban?: string; docTypes?: Record<string, number> } = {}) =>
  db.vendor.create({ data: { tenantId, name, aliases: extra.aliases ?? [], approvedDocuments: extra.approvedDocuments ?? 1, iban: extra.iban, docTypes: extra.docTypes ?? { receipt: extra.approvedDocuments ?? 1 } } });

describe("reviewers editing and merging vendors", () => {
  it("reads the next document from a vendor with the name a reviewer corrected on the vendor", async () => {
    const { tenant, reviewer, session } = await reviewerOf("vendor-edit");
    const actor = { kind: "user" as const, tenantId: tenant.id, userId: reviewer.id, role: "reviewer" as const };
    // A reviewer approved the damaged name as read, so vendor memory learned it misspelt.
    const seeded = await seedReviewDocument(db, {
      tenantId: tenant.id,
      text: damaged(await receipt("sroie-328"), WRONG),
      fields: [
        { name: "company", value: WRONG, confidence: 0.6 },
        { name: "date", value: "2017-07-21", confidence: 0.99 },
        { name: "total", value: "33.05", confidence: 0.99 },
      ],
    });
    await claimItem(actor, seeded.item.id);
    await decideItem(actor, seeded.item.id, { decision: "approve" });
    const listed = vendorPageSchema.parse(await (await call("/api/v1/vendors?q=garden1a", session)).json());
    expect(listed.data).toMatchObject([{ name: WRONG, approvedDocuments: 1, usualDocType: "receipt", version: 0 }]);
    const vendor = listed.data[0]!;

    const saved = await patch(session, vendor.id, { version: vendor.version, name: RIGHT });
    expect(saved.status).toBe(200);
    expect(vendorSchema.parse(await saved.json())).toMatchObject({ name: RIGHT, version: 1 });
    const trail = await db.auditEvent.findFirstOrThrow({ where: { tenantId: tenant.id, action: "vendor.updated", entityId: vendor.id } });
    expect(trail).toMatchObject({ actorId: reviewer.id, entityType: "vendor", data: { from: { name: WRONG }, to: { name: RIGHT }, version: 1 } });

    const { run } = await submitDocument({ kind: "system", tenantId: tenant.id }, { bytes: Buffer.from(damaged(await receipt("sroie-330"), "GARDENlA BAKERIES (KL) SDN BHD")), filename: "gardenia.txt" });
    await runAtRest(run.id, 60_000);
    const company = await db.fieldValue.findFirstOrThrow({ where: { runId: run.id, name: "company" } });
    expect(company.value).toBe(RIGHT);
    const view = await getReviewDocument(tenant.id, reviewer.id, run.documentId);
    expect(view.vendor).toMatchObject({ known: true, vendorId: vendor.id, name: RIGHT });
  }, 60_000);

  it("merges a duplicate: counts and spellings combine, its runs follow, and its id answers 404", async () => {
    const { tenant, reviewer, session } = await reviewerOf("vendor-merge");
    const into = await seedVendor(tenant.id, "MR. D.I.Y. (M) SDN BHD", { approvedDocuments: 3 });
    const duplicate = await seedVendor(tenant.id, "MR D1Y (M) SDN BHD", { approvedDocuments: 2, aliases: ["MR DIY (M) SDN BHD"], iban: "DE89370400440532013000" });
    await db.vendorRun.create({ data: { runId: `run-${duplicate.id}`, tenantId: tenant.id, documentId: `doc-${duplicate.id}`, vendorId: duplicate.id, matchedBy: "name", approvedDocuments: 2 } });

    const merged = await merge(session, into.id, duplicate.id);
    expect(merged.status).toBe(200);
    const body = vendorSchema.parse(await merged.json());
    expect(body).toMatchObject({ id: into.id, name: into.name, approvedDocuments: 5, iban: "DE89370400440532013000", version: 1 });
    expect(body.aliases).toEqual(expect.arrayContaining(["MR D1Y (M) SDN BHD", "MR DIY (M) SDN BHD"]));

    await expectError(await call(`/api/v1/vendors/${duplicate.id}`, session), 404, "not_found");
    await expectError(await patch(session, duplicate.id, { version: 0, name: "x" }), 404, "not_found");
    await expectError(await merge(session, into.id, duplicate.id), 404, "not_found");
    const list = vendorPageSchema.parse(await (await call("/api/v1/vendors", session)).json());
    expect(list.data.map((v) => v.id)).toEqual([into.id]);
    expect(await db.vendorRun.findUniqueOrThrow({ where: { runId: `run-${duplicate.id}` } })).toMatchObject({ vendorId: into.id });
    const trail = await db.auditEvent.findFirstOrThrow({ where: { tenantId: tenant.id, action: "vendor.merged" } });
    expect(trail).toMatchObject({ actorId: reviewer.id, entityId: into.id, data: { duplicateId: duplicate.id, duplicateName: duplicate.name, runs: 1 } });
  });

  it("answers 404 for another tenant's vendor, to read, edit or merge", async () => {
    const a = await reviewerOf("vendor-iso-a");
    const b = await reviewerOf("vendor-iso-b");
    const own = await seedVendor(a.tenant.id, "KEDAI RUNCIT MAJU JAYA");
    const foreign = await seedVendor(b.tenant.id, "KEDAI RUNCIT MAJU JAYA");

    await expectError(await call(`/api/v1/vendors/${foreign.id}`, a.session), 404, "not_found");
    await expectError(await patch(a.session, foreign.id, { version: 0, name: "Taken over" }), 404, "not_found");
    await expectError(await merge(a.session, own.id, foreign.id), 404, "not_found");
    await expectError(await merge(a.session, foreign.id, own.id), 404, "not_found");
    const list = vendorPageSchema.parse(await (await call("/api/v1/vendors?limit=100", a.session)).json());
    expect(list.data.map((v) => v.id)).toEqual([own.id]);
    expect(await db.vendor.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ name: "KEDAI RUNCIT MAJU JAYA", mergedIntoId: null, version: 0 });
    expect(await db.auditEvent.count({ where: { action: { startsWith: "vendor." }, entityId: { in: [own.id, foreign.id] } } })).toBe(0);
  });

  it("refuses an invalid IBAN with a machine-readable reason, and a stale version, saving nothing", async () => {
    const { tenant, session } = await reviewerOf("vendor-iban");
    const vendor = await seedVendor(tenant.id, "Muster GmbH");

    const invalid = await expectError(await patch(session, vendor.id, { version: 0, iban: "DE89 3704 0044 0532 0130 01" }), 400, "invalid_request");
    expect(invalid.details).toEqual({ field: "iban", rule: "iban_checksum" });
    const vat = await expectError(await patch(session, vendor.id, { version: 0, taxId: "DE12345" }), 400, "invalid_request");
    expect(vat.details).toEqual({ field: "taxId", rule: "vat_id_format" });
    expect(await db.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).toMatchObject({ iban: null, taxId: null, version: 0 });

    const saved = vendorSchema.parse(await (await patch(session, vendor.id, { version: 0, iban: "de89 3704 0044 0532 0130 00", taxId: "DE136695976", currency: "EUR" })).json());
    expect(saved).toMatchObject({ iban: "DE89370400440532013000", taxId: "DE136695976", currency: "EUR", version: 1 });
    const stale = await expectError(await patch(session, vendor.id, { version: 0, address: "Hauptstr. 1, Berlin" }), 409, "stale_version");
    expect(stale.details).toMatchObject({ currentVersion: 1, yourVersion: 0 });
    expect((await db.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).address).toBeNull();
  });
});
