import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDocumentContent, type ReadingProgress } from "@/lib/ingest/document-reading";
import { evidenceForSpan } from "@/lib/ingest/evidence";

// The readers on fixtures made for them (tests/fixtures/reading/generate-reading-fixtures.ts):
// a receipt page rotated 2° (its label and amount columns only share a line once the skew is
// undone), the same page as a PDF without a text layer, and a PDF with a text layer.

const fixture = (...p: string[]) => readFile(path.join(import.meta.dirname, "../../fixtures", ...p));

describe("reading a scanned receipt", () => {
  it("rebuilds label and amount into one line across the skew, with each word's box where it was drawn", async () => {
    const events: ReadingProgress[] = [];
    const reading = await readDocumentContent("image", new Uint8Array(await fixture("reading", "skewed-receipt.jpg")), { onProgress: (e) => void events.push(e) });
    const lines = reading.text.split("\n");
    expect(lines).toContainEqual(expect.stringMatching(/^TOTAL\s+17\.30$/));
    expect(lines).toContainEqual(expect.stringMatching(/^CASH\s+20\.00$/));
    expect(lines).toContainEqual(expect.stringMatching(/^DATE: ?14\/05\/2018$/));
    expect(lines[0]).toBe("SUNRISE HARDWARE TRADING");
    // Drawn at x 560..635 of 700 and baseline 380 of 620, then rotated by 2° about the centre.
    const start = reading.text.indexOf("17.30");
    const evidence = evidenceForSpan(reading, { start, end: start + 5 });
    expect(evidence?.page).toBe(1);
    expect(evidence!.box.x0).toBeGreaterThan(0.74);
    expect(evidence!.box.x1).toBeLessThan(0.93);
    expect(evidence!.box.y0).toBeGreaterThan(0.55);
    expect(evidence!.box.y1).toBeLessThan(0.67);
    expect(evidence!.ocrConfidence).toBeGreaterThan(0.8);
    expect(reading.pages).toEqual([expect.objectContaining({ page: 1, source: "ocr", width: 721, height: 644 })]);
    expect(events.map((e) => e.phase)).toEqual(["started", "page", "finished"]);
  }, 60_000);

  it("renders a PDF page without a text layer and reads it like the image", async () => {
    const reading = await readDocumentContent("pdf", new Uint8Array(await fixture("reading", "scanned.pdf")));
    expect(reading.pages[0].source).toBe("ocr");
    expect(reading.text).toMatch(/TOTAL\s+17\.30/);
    expect(reading.engine).toMatch(/^pdf-render\+/);
  }, 60_000);
});

describe("reading a PDF with a text layer", () => {
  it("keeps table columns apart on their rows and gives every word a box and full confidence", async () => {
    const reading = await readDocumentContent("pdf", new Uint8Array(await fixture("documents", "invoice.pdf")));
    expect(reading.pages[0]).toMatchObject({ source: "text-layer", confidence: 1 });
    expect(reading.text.split("\n")).toContainEqual(expect.stringMatching(/^Subtotal {3,}303\.00$/));
    expect(reading.text).toMatch(/Toner cartridge +2 x 89\.00 {3,}178\.00/);
    for (const w of reading.words) expect(reading.text.slice(w.start, w.end)).toBe(w.text);
    expect(reading.confidence).toBe(1);
  });
});
