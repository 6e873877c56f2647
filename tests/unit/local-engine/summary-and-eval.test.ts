import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeDocument } from "@/lib/local-engine/analyze-document";
import { fieldMatches, normaliseFieldValue } from "@/lib/eval/field-comparison";
import { loadDataset } from "@/lib/eval/dataset";
import {
  approvalFigures,
  approvedErrors,
  evalFigures,
  extractiveCeiling,
  fieldAccuracy,
  reliabilityTable,
  thresholdCurve,
  typeAccuracy,
  typeConfusion,
  type ScoredDocument,
} from "@/lib/eval/metrics";

describe("extractive summaries", () => {
  it("summarises a receipt by the lines carrying its vendor, date and total", () => {
    const text = readFileSync("tests/fixtures/local-engine/receipt-corner-cafe.txt", "utf8");
    const { summary } = analyzeDocument(text);
    expect(summary.summary).toContain("CORNER CAFE SDN BHD");
    expect(summary.summary).toContain("07/02/2018");
    expect(summary.summary).toContain("25.95");
    for (const span of summary.keySpans) expect(summary.summary).toContain(text.slice(span.start, span.end).trim());
  });

  it("summarises a letter by its central sentences, in document order", () => {
    const text = readFileSync("tests/fixtures/local-engine/letter-office-move.txt", "utf8");
    const { classification, summary } = analyzeDocument(text);
    expect(classification.docType).toBe("generic");
    expect(summary.summary).toMatch(/office will move/);
    expect(summary.keySpans.length).toBeLessThanOrEqual(3);
    const starts = summary.keySpans.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(summary.confidence).toBeGreaterThan(0);
  });
});

describe("evaluation", () => {
  it("compares text case- and whitespace-insensitively, dates as ISO day-first, amounts as numbers", () => {
    expect(fieldMatches("company", "  Soon  Huat\nENTERPRISE ", "SOON HUAT ENTERPRISE")).toBe(true);
    expect(fieldMatches("company", "SOON HUAT ENTERPRISE.", "SOON HUAT ENTERPRISE")).toBe(false);
    expect(fieldMatches("date", "2019-01-11", "11/01/2019")).toBe(true);
    expect(fieldMatches("date", "2019-11-01", "11/01/2019")).toBe(false);
    expect(fieldMatches("total", "3.90", "RM 3.90")).toBe(true);
    expect(fieldMatches("total", "9.90", "$9.9")).toBe(true);
    expect(normaliseFieldValue("total", null)).toBeNull();
  });

  it("matches a label of null (the document has none) only with nothing extracted", () => {
    expect(fieldMatches("due_date", null, null)).toBe(true);
    expect(fieldMatches("due_date", "  ", null)).toBe(true);
    expect(fieldMatches("due_date", "2020-04-04", null)).toBe(false);
    expect(fieldMatches("company", "Made Up Ltd", null)).toBe(false);
  });

  it("lets a blank label match nothing, not even nothing extracted", () => {
    expect(fieldMatches("company", null, "")).toBe(false);
    expect(fieldMatches("company", "", "  ")).toBe(false);
    expect(fieldMatches("total", null, " ")).toBe(false);
  });

  it("never counts a date or amount that does not parse as right, not even against the same text", () => {
    expect(fieldMatches("total", "N/A", "N/A")).toBe(false);
    expect(fieldMatches("total", "5.OO", "5.OO")).toBe(false);
    expect(fieldMatches("date", "2O18-O2-01", "2O18-O2-01")).toBe(false);
    expect(fieldMatches("date", "soon", "SOON")).toBe(false);
    expect(fieldMatches("total", "5.00", "five ringgit")).toBe(false);
    expect(normaliseFieldValue("total", "N/A")).toBeNull();
  });

  const doc = (id: string, approved: boolean, total: string, confidence: number): ScoredDocument => ({
    id,
    trueType: "receipt",
    predictedType: "receipt",
    approved,
    gold: { company: "A", date: "01/02/2018", total: "5.00", address: "X" },
    fields: [
      { name: "company", value: "A", confidence, source: null },
      { name: "date", value: "2018-02-01", confidence, source: null },
      { name: "total", value: total, confidence, source: null },
      { name: "address", value: "Y", confidence: 0.5, source: null },
    ],
  });
  const invoiceGold = { invoice_number: "471102", date: "2020-03-05", total: "235.62", due_date: null };
  const invoiceFields = (confidence: number) => [
    { name: "invoice_number", value: "471102", confidence, source: null },
    { name: "date", value: "2020-03-05", confidence, source: null },
    { name: "total", value: "235.62", confidence, source: null },
  ];
  const invoice = (id: string, predictedType: ScoredDocument["predictedType"], approved: boolean, fields = invoiceFields(0.99)): ScoredDocument => ({
    id,
    trueType: "invoice",
    predictedType,
    approved,
    gold: invoiceGold,
    fields,
  });

  it("measures accuracy, auto-approve precision over required fields, and review rate", () => {
    const docs = [doc("1", true, "5.00", 0.99), doc("2", true, "6.00", 0.99), doc("3", false, "5.00", 0.6), doc("4", false, "5.00", 0.6)];
    expect(fieldAccuracy(docs)).toEqual({ company: 1, date: 1, total: 0.75, address: 0 });
    expect(approvalFigures(docs)).toEqual({ approved: 2, precision: 0.5, reviewRate: 0.5 });
    expect(approvalFigures(docs, "all").precision).toBe(0);
  });

  it("counts a value made up for a field labelled absent as wrong, and nothing extracted there as right", () => {
    const madeUp = invoice("1", "invoice", true, [...invoiceFields(0.99), { name: "due_date", value: "2020-04-04", confidence: 0.97, source: null }]);
    const honest = invoice("2", "invoice", true);
    expect(fieldAccuracy([madeUp, honest]).due_date).toBe(0.5);
    expect(approvalFigures([madeUp], "all").precision).toBe(0);
    expect(approvalFigures([honest], "all").precision).toBe(1);
  });

  it("judges an approval by the true type: a misfiled invoice or an empty approval is wrong", () => {
    const right = invoice("1", "invoice", true);
    const filedGeneric = invoice("2", "generic", true, []);
    const filedAsReceipt = invoice("3", "receipt", true);
    const empty = { ...doc("4", true, "5.00", 0.99), fields: [] };
    expect(approvalFigures([right])).toMatchObject({ approved: 1, precision: 1 });
    expect(approvalFigures([filedGeneric])).toMatchObject({ approved: 1, precision: 0 });
    expect(approvalFigures([filedAsReceipt])).toMatchObject({ approved: 1, precision: 0 });
    expect(approvalFigures([empty])).toMatchObject({ approved: 1, precision: 0 });
    expect(approvalFigures([right, filedGeneric, filedAsReceipt, empty], "all").precision).toBe(0.25);
  });

  it("does not vouch for an approval whose required fields no label covers", () => {
    const unlabelled = { ...invoice("1", "invoice", true), gold: { currency: "EUR" } };
    expect(approvalFigures([unlabelled]).precision).toBe(0);
    expect(approvedErrors([unlabelled])).toEqual([{ id: "1", field: "required", predicted: null, label: null, labelInText: null }]);
    const letter: ScoredDocument = { id: "2", trueType: "generic", predictedType: "generic", approved: true, gold: {}, fields: [] };
    expect(approvalFigures([letter]).precision).toBe(1);
  });

  it("measures type accuracy, the confusion matrix and every figure per true type", () => {
    const docs = [
      invoice("i1", "invoice", true),
      invoice("i2", "generic", true, []),
      invoice("i3", "receipt", false),
      doc("r1", true, "5.00", 0.99),
      { ...doc("r2", false, "5.00", 0.6), predictedType: "invoice" as const },
    ];
    expect(typeAccuracy(docs)).toBe(0.4);
    expect(typeConfusion(docs)).toEqual({
      invoice: { invoice: 1, receipt: 1, generic: 1 },
      receipt: { invoice: 1, receipt: 1, generic: 0 },
      generic: { invoice: 0, receipt: 0, generic: 0 },
    });
    const figures = evalFigures(docs);
    expect(figures).toMatchObject({ documents: 5, auto_approve_precision: 2 / 3, review_rate: 0.4, type_accuracy: 0.4 });
    expect(Object.keys(figures.by_type)).toEqual(["invoice", "receipt"]);
    expect(figures.by_type.invoice).toEqual({
      documents: 3,
      accuracy: { invoice_number: 2 / 3, date: 2 / 3, total: 2 / 3, due_date: 1 },
      auto_approve_precision: 0.5,
      review_rate: 1 / 3,
      type_accuracy: 1 / 3,
    });
    expect(figures.by_type.receipt).toMatchObject({ documents: 2, auto_approve_precision: 1, review_rate: 0.5, type_accuracy: 0.5 });
  });

  it("lists what made each approval wrong and tells a label the text does not contain", () => {
    const misread = { ...doc("1", true, "5.00", 0.99), gold: { company: "SOON HUAT", date: "01/02/2018", total: "5.00" }, text: "SOON HUAT\n01/02/2018\nTOTAL 5.00" };
    const unreadable = { ...doc("2", true, "6.00", 0.99), gold: { company: "A", date: "01/02/2018", total: "5.00" }, text: "A\nTOTAL 6.00" };
    const reviewed = { ...doc("3", false, "6.00", 0.6), text: "B" };
    const misfiled = invoice("4", "generic", true, []);
    expect(approvedErrors([misread, unreadable, reviewed, misfiled])).toEqual([
      { id: "1", field: "company", predicted: "A", label: "SOON HUAT", labelInText: true },
      { id: "2", field: "total", predicted: "6.00", label: "5.00", labelInText: null },
      { id: "4", field: "type", predicted: "generic", label: "invoice", labelInText: null },
      { id: "4", field: "invoice_number", predicted: null, label: "471102", labelInText: null },
      { id: "4", field: "date", predicted: null, label: "2020-03-05", labelInText: null },
      { id: "4", field: "total", predicted: null, label: "235.62", labelInText: null },
    ]);
    const relabelled = { ...misread, gold: { ...misread.gold, company: "S00N HUAT" } };
    expect(approvedErrors([relabelled])[0].labelInText).toBe(false);
  });

  it("measures how many text labels occur in their document at all (what reading the text can reach)", () => {
    const docs = [
      { ...doc("1", true, "5.00", 0.99), gold: { company: "Soon  Huat", total: "5.00" }, text: "SOON HUAT\nTOTAL 5.00" },
      { ...doc("2", true, "5.00", 0.99), gold: { company: "RSTORAN", total: "5.00" }, text: "RESTORAN\nTOTAL 5.00" },
    ];
    expect(extractiveCeiling(docs)).toEqual({ company: 0.5 });
  });

  it("shows what auto-approval would do at each threshold, misfiled documents counting as wrong", () => {
    const docs = [
      { ...doc("1", false, "5.00", 0.99), jointConfidence: 0.97 },
      { ...doc("2", false, "6.00", 0.99), jointConfidence: 0.9 },
      { ...doc("3", false, "5.00", 0.99), jointConfidence: 0.5 },
      { ...invoice("4", "generic", false, []), jointConfidence: 0.96 },
    ];
    expect(thresholdCurve(docs, [0.95, 0.85, 0.4])).toEqual([
      { threshold: 0.95, approved: 2, precision: 0.5, reviewRate: 0.5 },
      { threshold: 0.85, approved: 3, precision: 1 / 3, reviewRate: 0.25 },
      { threshold: 0.4, approved: 4, precision: 0.5, reviewRate: 0 },
    ]);
  });

  it("bins stated confidence against observed accuracy, a value made up for an absent field at its confidence", () => {
    const rows = reliabilityTable([doc("1", true, "5.00", 0.99), doc("2", true, "6.00", 0.99)], ["total"]);
    expect(rows.find((r) => r.from === 0.99)).toMatchObject({ count: 2, accuracy: 0.5 });
    const madeUp = invoice("3", "invoice", true, [{ name: "due_date", value: "2020-04-04", confidence: 0.96, source: null }]);
    const nothing = invoice("4", "invoice", true, []);
    const absent = reliabilityTable([madeUp, nothing], ["due_date"]);
    expect(absent.find((r) => r.from === 0.95)).toMatchObject({ count: 1, accuracy: 0 });
    expect(absent.reduce((n, r) => n + r.count, 0)).toBe(1);
  });

  it("reads a folder's type labels (receipt by default) and refuses a blank label", async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), "sieve-dataset-"));
    try {
      writeFileSync(path.join(folder, "a.json"), JSON.stringify({ text: "x", fields: { total: "1.00" } }));
      writeFileSync(path.join(folder, "b.json"), JSON.stringify({ id: "inv", type: "invoice", text: "y", fields: { due_date: null } }));
      expect((await loadDataset(folder)).map((d) => [d.id, d.docType, d.fields])).toEqual([
        ["a", "receipt", { total: "1.00" }],
        ["inv", "invoice", { due_date: null }],
      ]);
      writeFileSync(path.join(folder, "c.json"), JSON.stringify({ text: "z", fields: { company: " " } }));
      await expect(loadDataset(folder)).rejects.toThrow(/c\.json.*blank label/);
      writeFileSync(path.join(folder, "c.json"), JSON.stringify({ type: "memo", text: "z", fields: {} }));
      await expect(loadDataset(folder)).rejects.toThrow(/c\.json.*type/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
