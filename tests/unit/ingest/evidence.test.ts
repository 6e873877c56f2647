import { describe, expect, it } from "vitest";
import { evidenceForSpan } from "@/lib/ingest/evidence";
import { buildReading, type LayoutWord } from "@/lib/ingest/layout";

const word = (text: string, x0: number, y0: number, confidence: number): LayoutWord => ({ text, x0, y0, x1: x0 + 40, y1: y0 + 10, confidence });
const reading = buildReading(
  [
    { page: 1, width: 100, height: 100, source: "ocr", lines: [[word("POPULAR", 0, 0, 0.95), word("BOOK", 50, 0, 0.6)], [word("9.65", 50, 50, 0.99)]] },
    { page: 2, width: 100, height: 100, source: "ocr", lines: [[word("PAGE2", 10, 10, 0.9)]] },
  ],
  "test",
);

describe("evidenceForSpan", () => {
  it("unites the boxes of the words under a span and carries the least confident word's confidence", () => {
    const start = reading.text.indexOf("POPULAR");
    const evidence = evidenceForSpan(reading, { start, end: start + "POPULAR BOOK".length });
    expect(evidence).toEqual({ page: 1, box: { x0: 0, y0: 0, x1: 0.9, y1: 0.1 }, ocrConfidence: 0.6 });
  });

  it("finds the word a span only partly covers", () => {
    const start = reading.text.indexOf("9.65");
    expect(evidenceForSpan(reading, { start: start + 1, end: start + 2 })).toMatchObject({ page: 1, ocrConfidence: 0.99 });
  });

  it("answers the page of the span's first word when a span crosses pages", () => {
    const start = reading.text.indexOf("9.65");
    expect(evidenceForSpan(reading, { start, end: reading.text.length })?.page).toBe(1);
    expect(evidenceForSpan(reading, { start: reading.text.indexOf("PAGE2"), end: reading.text.length })?.page).toBe(2);
  });

  it("is null without a span, without words, or for a span between words", () => {
    expect(evidenceForSpan(reading, null)).toBeNull();
    expect(evidenceForSpan({ words: [] }, { start: 0, end: 3 })).toBeNull();
    const gap = reading.text.indexOf(" BOOK");
    expect(evidenceForSpan(reading, { start: gap, end: gap + 1 })).toBeNull();
  });
});
