import { describe, expect, it } from "vitest";
import { combineFieldConfidence, totalAgreement } from "@/lib/pipeline/field-confidence";

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
