import { describe, expect, it } from "vitest";
import { buildReading, groupLines, skewFromQuads, type LayoutWord } from "@/lib/ingest/layout";
import { itemsToWords } from "@/lib/ingest/pdf-reading";

const word = (text: string, x0: number, y0: number, w = 40, h = 12): LayoutWord => ({ text, x0, y0, x1: x0 + w, y1: y0 + h, confidence: 0.9 });

describe("line reconstruction from word boxes", () => {
  it("orders words left to right within a line and lines top to bottom, whatever order they arrive in", () => {
    const words = [word("9.65", 300, 101), word("TOTAL", 10, 100), word("POPULAR", 10, 20), word("BOOK", 60, 21), word("CASH", 10, 130)];
    const lines = groupLines(words).map((l) => l.map((w) => w.text).join(" "));
    expect(lines).toEqual(["POPULAR BOOK", "TOTAL 9.65", "CASH"]);
  });

  it("keeps two lines apart when their boxes are closer than a line height but do not share a centre", () => {
    const lines = groupLines([word("A", 10, 0), word("B", 60, 9)]).map((l) => l.map((w) => w.text));
    expect(lines).toEqual([["A"], ["B"]]);
  });

  it("does not merge horizontally overlapping words into one line", () => {
    expect(groupLines([word("X", 10, 0), word("Y", 15, 2)])).toHaveLength(2);
  });

  it("groups the words of a skewed page by line once the skew is undone", () => {
    // Lines 30 px apart that fall 12 px over 400 px (about 1.7°): word centres of one line differ by more than half a line height.
    const slope = 12 / 400;
    const at = (text: string, x: number, line: number) => word(text, x, line * 30 + x * slope);
    const words = [at("SUBTOTAL", 0, 0), at("8.00", 400, 0), at("TAX", 0, 1), at("1.65", 400, 1)];
    expect(groupLines(words)).not.toHaveLength(2);
    const skew = skewFromQuads([[[0, 0], [400, 12], [400, 24], [0, 12]]]);
    const lines = groupLines(words, { skew }).map((l) => l.map((w) => w.text).join(" "));
    expect(lines).toEqual(["SUBTOTAL 8.00", "TAX 1.65"]);
  });
});

describe("the reading built from laid-out pages", () => {
  const page = { page: 1, width: 400, height: 200, source: "ocr" as const, lines: [[word("TOTAL", 10, 100), word("9.65", 300, 100)], [word("THANK", 10, 150), word("YOU", 60, 150)]] };

  it("ties every word to its characters in the text and its box to page fractions", () => {
    const reading = buildReading([page], "test");
    for (const w of reading.words) expect(reading.text.slice(w.start, w.end)).toBe(w.text);
    expect(reading.words[1].box).toEqual({ x0: 300 / 400, y0: 100 / 200, x1: 340 / 400, y1: 112 / 200 });
    expect(reading.pages[0]).toMatchObject({ page: 1, source: "ocr", confidence: 0.9 });
  });

  it("keeps a wide gap as a run of spaces (columns stay apart) and a narrow one as one space", () => {
    const reading = buildReading([page], "test");
    expect(reading.text.split("\n")[0]).toMatch(/^TOTAL {3,}9\.65$/);
    expect(reading.text.split("\n")[1]).toBe("THANK YOU");
  });

  it("separates pages by a blank line and numbers their words by page", () => {
    const reading = buildReading([page, { ...page, page: 2 }], "test");
    expect(reading.text.split("\n\n")).toHaveLength(2);
    expect(reading.words.filter((w) => w.page === 2)).toHaveLength(4);
  });
});

describe("PDF text items as words", () => {
  it("reads a glyph its font maps to a control code as a gap, keeping the words around it in place", () => {
    // Seen in a real SaaS invoice: the hyphen of "76253815-0004" came out of pdf.js as a NUL.
    const words = itemsToWords([{ str: "76253815 \u0000 0004", transform: [10, 0, 0, 10, 100, 700], width: 85, height: 10 }], 800);
    expect(words.map((w) => w.text)).toEqual(["76253815", "0004"]);
    expect(words[1].x0).toBeCloseTo(100 + (85 * 11) / 15);
  });
});
