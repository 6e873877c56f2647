import { describe, expect, it } from "vitest";
import type { AssessedField } from "@/lib/agents/confidence";
import type { ReadingWord } from "@/lib/ingest/reading-schema";
import { combineFieldConfidence, CROSS_CHECKED_FLAG, OCR_DOUBT_FLAG, totalAgreement, weighByAgreement, weighByReading } from "@/lib/pipeline/field-confidence";

describe("field confidence from independent signals", () => {
  it("keeps the engine's calibrated probability when nothing else is known", () => {
    expect(combineFieldConfidence({ engine: 0.9 })).toBe(0.9);
  });

  it("lowers a value read from doubtful OCR words, whatever the engine says", () => {
    expect(combineFieldConfidence({ engine: 0.99, ocrConfidence: 0.45 })).toBeLessThan(0.3);
    expect(combineFieldConfidence({ engine: 0.99, ocrConfidence: 0.97 })).toBe(0.99);
  });

  it("raises a total that net + tax and the line items confirm, and sinks one they contradict", () => {
    expect(combineFieldConfidence({ engine: 0.8, agreement: { agreeing: 2, conflicting: 0 } })).toBeGreaterThan(0.95);
    expect(combineFieldConfidence({ engine: 0.8, agreement: { agreeing: 0, conflicting: 1 } })).toBeLessThan(0.4);
  });

  it("never reaches certainty", () => {
    expect(combineFieldConfidence({ engine: 0.999, agreement: { agreeing: 2, conflicting: 0 }, vendor: { known: true, approvedDocuments: 50, matchedBy: "iban" } })).toBe(0.995);
  });

  it("gives a known vendor a small lift only, more when matched by tax id than by name", () => {
    const byName = combineFieldConfidence({ engine: 0.8, vendor: { known: true, approvedDocuments: 10, matchedBy: "name" } });
    const byTaxId = combineFieldConfidence({ engine: 0.8, vendor: { known: true, approvedDocuments: 10, matchedBy: "tax_id" } });
    expect(byName).toBeGreaterThan(0.8);
    expect(byTaxId).toBeGreaterThan(byName);
    expect(byTaxId).toBeLessThan(0.9);
  });

  it("discounts what validation doubts and all but discards a value not in the document", () => {
    expect(combineFieldConfidence({ engine: 0.9, validation: "warning" })).toBe(0.675);
    expect(combineFieldConfidence({ engine: 0.9, validation: "not_in_document" })).toBe(0.045);
  });

  it("counts agreeing and conflicting readings of the total", () => {
    expect(totalAgreement(23562, { netPlusTax: 23562, lineItemSum: 19800 })).toEqual({ agreeing: 1, conflicting: 1 });
    expect(totalAgreement(null, { netPlusTax: 1 })).toEqual({ agreeing: 0, conflicting: 0 });
  });
});

describe("weighing fields by the reading they came from", () => {
  // "TOTAL 9.65" on page 1: the label read surely, the amount from smudged pixels.
  const words: ReadingWord[] = [
    { text: "TOTAL", page: 1, box: { x0: 0.1, y0: 0.8, x1: 0.3, y1: 0.82 }, confidence: 0.98, start: 0, end: 5 },
    { text: "9.65", page: 1, box: { x0: 0.7, y0: 0.8, x1: 0.8, y1: 0.82 }, confidence: 0.6, start: 6, end: 10 },
  ];
  const field = (over: Partial<AssessedField>): AssessedField => ({ name: "total", value: "9.65", confidence: 0.98, modelConfidence: 0.98, source: { start: 6, end: 10 }, flags: [], ...over });

  it("gives a value the box and OCR confidence of its words, and doubts it as much as the OCR did", () => {
    const [total] = weighByReading([field({})], { words });
    expect(total.evidence).toEqual({ page: 1, box: { x0: 0.7, y0: 0.8, x1: 0.8, y1: 0.82 }, ocrConfidence: 0.6 });
    expect(total.confidence).toBeLessThan(0.5);
    expect(total.flags).toContain(OCR_DOUBT_FLAG);
  });

  it("leaves a value read from sure words, an answered value and a value with no reading as they were", () => {
    const [label] = weighByReading([field({ name: "note", value: "TOTAL", source: { start: 0, end: 5 } })], { words });
    expect(label).toMatchObject({ confidence: 0.98, flags: [], evidence: { ocrConfidence: 0.98 } });
    const answered = field({ confidence: 0.99, flags: ["answered"] });
    expect(weighByReading([answered], { words })[0]).toBe(answered);
    expect(weighByReading([field({})], null)[0]).toMatchObject({ confidence: 0.98, evidence: null });
  });
});

describe("invoice amounts that confirm each other", () => {
  const amount = (name: string, value: string, start: number, over: Partial<AssessedField> = {}): AssessedField => ({
    name,
    value,
    confidence: 0.8,
    modelConfidence: 0.8,
    source: { start, end: start + value.length },
    flags: [],
    ...over,
  });

  it("raises net, tax and total that add up to the cent, and the net its line items add up to", () => {
    const fields = [amount("subtotal", "100.00", 0), amount("tax", "21.00", 10), amount("total", "121.00", 20)];
    const weighed = weighByAgreement("invoice", fields, [{ description: "Desk", quantity: 1, unitPrice: "100.00", amount: "100.00", confidence: 0.7, source: null }]);
    const by = Object.fromEntries(weighed.map((f) => [f.name, f]));
    expect(by.total.confidence).toBeGreaterThan(0.85);
    expect(by.total.flags).toContain(CROSS_CHECKED_FLAG);
    expect(by.subtotal.confidence).toBeGreaterThan(by.total.confidence);
  });

  it("takes no confirmation from a sum computed from the others, a zero tax, a mismatch or a receipt", () => {
    const derived = [amount("subtotal", "100.00", 0), amount("tax", "21.00", 10), amount("total", "121.00", 0, { source: null, flags: ["derived"] })];
    expect(weighByAgreement("invoice", derived, []).map((f) => f.confidence)).toEqual([0.8, 0.8, 0.8]);
    const untaxed = [amount("subtotal", "100.00", 0), amount("tax", "0.00", 10), amount("total", "100.00", 20)];
    expect(weighByAgreement("invoice", untaxed, []).map((f) => f.confidence)).toEqual([0.8, 0.8, 0.8]);
    const off = [amount("subtotal", "100.00", 0), amount("tax", "21.00", 10), amount("total", "121.50", 20)];
    expect(weighByAgreement("invoice", off, []).map((f) => f.confidence)).toEqual([0.8, 0.8, 0.8]);
    const receipt = [amount("subtotal", "9.15", 0), amount("tax", "0.49", 10), amount("total", "9.64", 20)];
    expect(weighByAgreement("receipt", receipt, [])).toBe(receipt);
  });
});
