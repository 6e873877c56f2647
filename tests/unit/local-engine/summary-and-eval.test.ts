import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeDocument } from "@/lib/local-engine/analyze-document";
import { fieldMatches, normaliseFieldValue } from "@/lib/eval/field-comparison";
import { approvalFigures, approvedErrors, extractiveCeiling, fieldAccuracy, reliabilityTable, thresholdCurve, type ScoredDocument } from "@/lib/eval/metrics";

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

  const doc = (id: string, approved: boolean, total: string, confidence: number): ScoredDocument => ({
    id,
    docType: "receipt",
    approved,
    gold: { company: "A", date: "01/02/2018", total: "5.00", address: "X" },
    fields: [
      { name: "company", value: "A", confidence, source: null },
      { name: "date", value: "2018-02-01", confidence, source: null },
      { name: "total", value: total, confidence, source: null },
      { name: "address", value: "Y", confidence: 0.5, source: null },
    ],
  });

  it("measures accuracy, auto-approve precision over required fields, and review rate", () => {
    const docs = [doc("1", true, "5.00", 0.99), doc("2", true, "6.00", 0.99), doc("3", false, "5.00", 0.6), doc("4", false, "5.00", 0.6)];
    expect(fieldAccuracy(docs)).toEqual({ company: 1, date: 1, total: 0.75, address: 0 });
    expect(approvalFigures(docs)).toEqual({ approved: 2, precision: 0.5, reviewRate: 0.5 });
    expect(approvalFigures(docs, "all").precision).toBe(0);
  });

  it("lists the approved documents' wrong fields and tells a label the text does not contain", () => {
    const misread = { ...doc("1", true, "5.00", 0.99), gold: { company: "SOON HUAT", date: "01/02/2018", total: "5.00" }, text: "SOON HUAT\n01/02/2018\nTOTAL 5.00" };
    const unreadable = { ...doc("2", true, "6.00", 0.99), gold: { company: "A", date: "01/02/2018", total: "5.00" }, text: "A\nTOTAL 6.00" };
    const reviewed = { ...doc("3", false, "6.00", 0.6), text: "B" };
    expect(approvedErrors([misread, unreadable, reviewed])).toEqual([
      { id: "1", field: "company", predicted: "A", label: "SOON HUAT", labelInText: true },
      { id: "2", field: "total", predicted: "6.00", label: "5.00", labelInText: null },
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

  it("shows what auto-approval would do at each threshold", () => {
    const docs = [
      { ...doc("1", false, "5.00", 0.99), jointConfidence: 0.97 },
      { ...doc("2", false, "6.00", 0.99), jointConfidence: 0.9 },
      { ...doc("3", false, "5.00", 0.99), jointConfidence: 0.5 },
    ];
    expect(thresholdCurve(docs, [0.95, 0.85, 0.4])).toEqual([
      { threshold: 0.95, approved: 1, precision: 1, reviewRate: 2 / 3 },
      { threshold: 0.85, approved: 2, precision: 0.5, reviewRate: 1 / 3 },
      { threshold: 0.4, approved: 3, precision: 2 / 3, reviewRate: 0 },
    ]);
  });

  it("bins stated confidence against observed accuracy", () => {
    const rows = reliabilityTable([doc("1", true, "5.00", 0.99), doc("2", true, "6.00", 0.99)], ["total"]);
    const top = rows.find((r) => r.from === 0.99)!;
    expect(top).toMatchObject({ count: 2, accuracy: 0.5 });
  });
});
