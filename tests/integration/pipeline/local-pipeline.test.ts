import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fieldMatches } from "@/lib/eval/field-comparison";
import { fieldEvidenceSchema, readingSchema, type FieldEvidence } from "@/lib/ingest/reading-schema";
import { launchRun } from "@/lib/pipeline/execute-run";
import { ocrFactor } from "@/lib/pipeline/field-confidence";
import { drainExecutions } from "@/lib/pipeline/run-registry";
import { submitDocument } from "@/lib/pipeline/start-run";
import { call } from "../../support/api-dispatch";
import { tokenFor } from "../../support/api-factories";
import { createTenantWithUsers } from "../../support/factories";
import { answerQuestionViaApi, expectContiguous, partsOf, readRunStream, runAtRest, uploadDocument } from "./pipeline-support";

// The default configuration: no API key, every agent on the local engine. Real files go through
// the upload route (PDF text layer, OCR, DOCX, text) and the whole pipeline; bad files are refused.

const FIXTURES = path.resolve("tests/fixtures/documents");
const RECEIPTS = path.resolve("../shared/data/receipts");
const fixture = (name: string) => readFile(path.join(FIXTURES, name));

let secret: string;
let tenantId: string;
beforeAll(async () => {
  const { tenant } = await createTenantWithUsers("local");
  tenantId = tenant.id;
  secret = await tokenFor(tenant.id, ["upload", "read", "answer"]);
});
// Runs finish their last writes after they come to rest; let them before the services close.
afterAll(() => drainExecutions(10_000));

async function rowCounts() {
  const where = { tenantId };
  return { documents: await db.document.count({ where }), runs: await db.run.count({ where }), audit: await db.auditEvent.count({ where }) };
}

describe("the pipeline on the local engine", () => {
  it.each([
    ["invoice.pdf", "application/pdf", "invoice", { vendor: "NORTHWIND OFFICE SUPPLIES SDN BHD", invoice_number: "INV-2024-0042", total: "321.18" }],
    ["receipt.png", "image/png", "receipt", { total: "23.50", date: "2019-01-02" }],
    ["receipt.docx", DOCX_MIME(), "receipt", { total: "20.00" }],
  ])("processes %s end to end", async (name, mime, docType, expected) => {
    const { status, body } = await uploadDocument(secret, await fixture(name), name);
    expect(status).toBe(202);
    expect(body).toMatchObject({ duplicate: false, document: { mime } });
    const { parts } = await readRunStream(secret, body.runId);
    expectContiguous(parts.map((p) => p.data.seq));
    const run = await db.run.findUniqueOrThrow({ where: { id: body.runId }, include: { fieldValues: true, steps: true } });
    expect(["approved", "needs_review"]).toContain(run.status);
    expect(run.docType).toBe(docType);
    const values = Object.fromEntries(run.fieldValues.map((f) => [f.name, f.value]));
    for (const [field, value] of Object.entries(expected)) expect(fieldMatches(field, values[field], value)).toBe(true);
    expect(run.steps.filter((s) => s.agent !== "routing").every((s) => s.tier === "local" && s.escalationReason === null)).toBe(true);
    expect(partsOf(parts, "decision")).toHaveLength(1);
    // Reading is the run's first stage: streamed, traced, and kept with its word geometry.
    const reading = partsOf(parts, "reading");
    expect(reading[0].phase).toBe("started");
    expect(reading.at(-1)!).toMatchObject({ phase: "finished", pages: 1 });
    // Word files have no page geometry; the PDF and the scan have a box for every word.
    if (mime !== DOCX_MIME()) expect(reading.at(-1)!.words).toBeGreaterThan(0);
    expect(run.steps.find((s) => s.agent === "reading")).toMatchObject({ status: "succeeded" });
    const stored = await db.document.findUniqueOrThrow({ where: { id: body.documentId } });
    expect(stored.text).toBeTruthy();
    expect((stored.reading as { words: unknown[] }).words.length).toBe(reading.at(-1)!.words);
    // The API tells where on the page each value was read (what the review screen highlights).
    const view = (await (await call(`/api/v1/runs/${body.runId}`, { bearer: secret })).json()) as { fields: Array<{ name: string; evidence: FieldEvidence | null }> };
    const totalEvidence = view.fields.find((f) => f.name === "total")!.evidence;
    if (mime === DOCX_MIME()) expect(totalEvidence).toBeNull();
    else expect(totalEvidence).toMatchObject({ page: 1, ocrConfidence: mime === "application/pdf" ? 1 : expect.any(Number) });
  }, 60_000);

  it.each([
    ["corrupt.png", "corrupt_image"],
    ["corrupt.docx", "corrupt_docx"],
  ])("accepts %s, then fails its run with %s once reading finds it unreadable", async (name, reason) => {
    const { status, body } = await uploadDocument(secret, await fixture(name), name);
    expect(status).toBe(202);
    const { parts } = await readRunStream(secret, body.runId);
    expect(partsOf(parts, "error").at(-1)!.code).toBe(reason);
    expect(partsOf(parts, "run-status").at(-1)!.status).toBe("failed");
    const run = await db.run.findUniqueOrThrow({ where: { id: body.runId }, include: { steps: true } });
    expect(run).toMatchObject({ status: "failed", errorCode: reason });
    expect(run.steps.map((s) => [s.agent, s.status])).toEqual([["reading", "failed"]]);
  }, 60_000);

  it("reads a PDF without a text layer by rendering and OCR-ing its page", async () => {
    const { body } = await uploadDocument(secret, await fixture("scanned.pdf"), "scanned.pdf");
    const run = await runAtRest(body.runId, 60_000);
    expect(run.status).not.toBe("failed");
    const stored = await db.document.findUniqueOrThrow({ where: { id: body.documentId } });
    expect((stored.reading as { engine: string }).engine).toMatch(/ocr|ppocr/);
  }, 60_000);

  it("reads again a document whose reading a crash cut off, and finishes its run", async () => {
    const bytes = await fixture("receipt.txt");
    const document = await db.document.create({
      data: { tenantId, filename: "r.txt", mime: "text/plain", size: bytes.length, sha256: "crash-mid-reading", bytes, status: "processing" },
    });
    const run = await db.run.create({ data: { tenantId, documentId: document.id, status: "running", budgetCapMicros: 250_000 } });
    const cut = await db.agentStep.create({ data: { runId: run.id, agent: "reading", tier: "local", status: "running" } });
    await launchRun(run.id, { lockWaitMs: 0 });
    expect(["approved", "needs_review"]).toContain((await runAtRest(run.id)).status);
    expect(await db.agentStep.findUniqueOrThrow({ where: { id: cut.id } })).toMatchObject({ status: "failed", error: expect.stringMatching(/^interrupted/) });
    expect((await db.document.findUniqueOrThrow({ where: { id: document.id } })).text).toContain("TOTAL");
  }, 60_000);

  it.each([
    ["corrupt.pdf", 422, "unprocessable_document"],
    ["animation.gif", 415, "unsupported_media_type"],
  ])("refuses %s with %i %s and writes nothing", async (name, status, code) => {
    const before = await rowCounts();
    const response = await uploadDocument(secret, await fixture(name), name);
    expect(response.status).toBe(status);
    expect((response.body as unknown as { error: { code: string } }).error.code).toBe(code);
    expect(await rowCounts()).toEqual(before);
  }, 60_000);

  it("treats the same file uploaded again as the same document and run", async () => {
    const bytes = await fixture("receipt.txt");
    const first = await uploadDocument(secret, bytes, "receipt.txt");
    const second = await uploadDocument(secret, bytes, "copy-of-receipt.txt");
    expect(second.status).toBe(202);
    expect(second.body).toMatchObject({ duplicate: true, documentId: first.body.documentId, runId: first.body.runId });
    await runAtRest(first.body.runId);
  });

  it("routes the shared development receipts, approving none whose fields it misread", async () => {
    const names = (await readdir(RECEIPTS)).filter((n) => n.endsWith(".json")).sort().slice(0, 40);
    const docs = await Promise.all(names.map(async (n) => JSON.parse(await readFile(path.join(RECEIPTS, n), "utf8")) as { id: string; text: string; fields: Record<string, string> }));
    // Straight to the library: forty uploads at once would (rightly) hit the upload rate limit.
    const uploads = await Promise.all(docs.map((d) => submitDocument({ kind: "system", tenantId }, { bytes: Buffer.from(d.text), filename: `${d.id}.txt` })));
    const runs = await Promise.all(uploads.map((u) => runAtRest(u.run.id, 60_000)));
    let approved = 0;
    const misread: string[] = [];
    const labelNoise: string[] = [];
    const folded = (t: string) => t.replace(/\s+/g, " ").trim().toLowerCase();
    for (const [i, run] of runs.entries()) {
      expect(["approved", "needs_review"]).toContain(run.status);
      if (run.status !== "approved") continue;
      approved++;
      const doc = docs[i]!;
      const values = Object.fromEntries((await db.fieldValue.findMany({ where: { runId: run.id } })).map((f) => [f.name, f.value]));
      for (const f of ["company", "date", "total"].filter((name) => !fieldMatches(name, values[name], doc.fields[name]))) {
        // A company label the receipt's own text does not contain cannot be read off it (label noise);
        // any other wrong field of an approved receipt is a misread that should have gone to review.
        const noise = f === "company" && !folded(doc.text).includes(folded(doc.fields[f]!));
        (noise ? labelNoise : misread).push(`${doc.id} ${f}: ${JSON.stringify(values[f] ?? null)} ≠ ${JSON.stringify(doc.fields[f])}`);
      }
    }
    expect(approved).toBeGreaterThan(runs.length / 3);
    console.log(`development receipts: ${approved}/${runs.length} approved; label noise among them: ${labelNoise.join("; ") || "none"}`);
    expect(misread).toEqual([]);
    expect(labelNoise.length).toBeLessThanOrEqual(2);
    const open = await db.reviewItem.findMany({ where: { runId: { in: runs.map((r) => r.id) } } });
    expect(open.every((item) => item.slaDueAt !== null && item.priority > 0)).toBe(true);
  }, 120_000);

  it("reads a scanned receipt image from the development set through OCR", async () => {
    const { body } = await uploadDocument(secret, await readFile(path.join(RECEIPTS, "images/sroie-006.jpg")), "sroie-006.jpg");
    const run = await runAtRest(body.runId, 60_000);
    const total = await db.fieldValue.findFirst({ where: { runId: run.id, name: "total" } });
    const gold = JSON.parse(await readFile(path.join(RECEIPTS, "sroie-006.json"), "utf8")) as { fields: Record<string, string> };
    expect(["approved", "needs_review"]).toContain(run.status);
    expect(fieldMatches("total", total?.value, gold.fields.total)).toBe(true);
    // The total's box holds the words it was read from, and its confidence answers for their OCR confidence.
    const evidence = fieldEvidenceSchema.parse(total!.evidence);
    const { words } = readingSchema.parse((await db.document.findUniqueOrThrow({ where: { id: body.documentId } })).reading);
    const inBox = words.filter((w) => w.box.x0 >= evidence.box.x0 && w.box.x1 <= evidence.box.x1 && w.box.y0 >= evidence.box.y0 && w.box.y1 <= evidence.box.y1);
    expect(inBox.map((w) => w.text).join(" ")).toContain(total!.value!.split(".")[0]);
    expect(evidence.ocrConfidence).toBe(Math.min(...inBox.filter((w) => w.start < total!.sourceEnd! && w.end > total!.sourceStart!).map((w) => w.confidence)));
    expect(total!.confidence).toBeLessThanOrEqual(ocrFactor(evidence.ocrConfidence));
  }, 60_000);
});

function DOCX_MIME() {
  return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}

describe("questions and hostile text on the local engine", () => {
  it("asks which total, and resumes without redoing finished agents once answered", async () => {
    const { body } = await uploadDocument(secret, await fixture("competing-totals.txt"), "competing-totals.txt");
    const first = await readRunStream(secret, body.runId);
    const [question] = partsOf(first.parts, "question");
    expect(question).toMatchObject({ options: ["120.00", "102.00"], field: "total" });
    const before = await db.agentStep.findMany({ where: { runId: body.runId }, select: { id: true } });

    const answered = await answerQuestionViaApi(secret, question!.questionId, "RM 102");
    expect(answered.status).toBe(200);
    const rest = await readRunStream(secret, body.runId, { lastEventId: first.parts.at(-1)!.data.seq });
    expectContiguous([...first.parts, ...rest.parts].map((p) => p.data.seq));
    const run = await db.run.findUniqueOrThrow({ where: { id: body.runId }, include: { steps: true, fieldValues: true, questions: true } });
    expect(["approved", "needs_review"]).toContain(run.status);
    expect(run.fieldValues.find((f) => f.name === "total")).toMatchObject({ value: "102.00", flags: ["answered"] });
    expect(run.questions[0]).toMatchObject({ answer: "RM 102", answeredVia: "api" });
    const added = run.steps.filter((s) => !before.some((b) => b.id === s.id)).map((s) => s.agent);
    expect(added.sort()).toEqual(["routing", "validation"]);
    expect(await db.auditEvent.count({ where: { runId: run.id, action: "question.answered" } })).toBe(1);
  });

  it("routes a document that addresses the model to review, though the engine was confident", async () => {
    const { body } = await uploadDocument(secret, await fixture("injection.txt"), "injection.txt");
    const run = await runAtRest(body.runId);
    expect(run.status).toBe("needs_review");
    expect(await db.reviewItem.findFirstOrThrow({ where: { runId: run.id } })).toMatchObject({ reason: "prompt_injection" });
  });
});
