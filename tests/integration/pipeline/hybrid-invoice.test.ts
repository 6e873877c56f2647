import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { drainExecutions } from "@/lib/pipeline/run-registry";
import { tokenFor } from "../../support/api-factories";
import { createTenantWithUsers } from "../../support/factories";
import { ciiInvoiceXml, withEmbeddedFile } from "../../support/hybrid-pdf";
import { readRunStream, uploadDocument } from "./pipeline-support";

// A hybrid invoice (Factur-X: the page plus its XML) on the local engine: what the XML states and
// the page prints is vouched for twice and can skip review; an XML the page contradicts cannot.

const HEADER = { number: "INV-2024-0042", date: "2024-03-15", seller: "NORTHWIND OFFICE SUPPLIES SDN BHD", currency: "MYR", net: "303.00", tax: "18.18", total: "321.18" };

let secret: string;
beforeAll(async () => {
  const { tenant } = await createTenantWithUsers("hybrid");
  secret = await tokenFor(tenant.id, ["upload", "read"]);
});
afterAll(() => drainExecutions(10_000));

async function process(xml: string, filename: string) {
  const pdf = withEmbeddedFile(await readFile(path.resolve("tests/fixtures/documents/invoice.pdf")), xml);
  const { status, body } = await uploadDocument(secret, pdf, filename);
  expect(status).toBe(202);
  await readRunStream(secret, body.runId);
  const run = await db.run.findUniqueOrThrow({ where: { id: body.runId }, include: { fieldValues: true } });
  return { run, field: (name: string) => run.fieldValues.find((f) => f.name === name) };
}

describe("a hybrid invoice", () => {
  it("is approved when its XML and its page agree, each vouched field flagged", async () => {
    const { run, field } = await process(ciiInvoiceXml(HEADER), "hybrid.pdf");
    expect(run.docType).toBe("invoice");
    expect(run.status).toBe("approved");
    for (const name of ["vendor", "invoice_number", "date", "total"]) {
      expect(field(name)?.flags).toContain("e_invoice");
      expect(field(name)!.confidence).toBeGreaterThanOrEqual(0.95);
    }
    expect(field("total")?.value).toBe("321.18");
  }, 60_000);

  it("goes to review when the XML states a total the page does not print", async () => {
    const { run, field } = await process(ciiInvoiceXml({ ...HEADER, total: "999.99" }), "hybrid-conflict.pdf");
    expect(run.status).toBe("needs_review");
    // The page's own total stays; the contradiction is what the reviewer sees.
    expect(field("total")).toMatchObject({ value: "321.18" });
    expect(field("total")?.flags).toContain("e_invoice_conflict");
  }, 60_000);
});
