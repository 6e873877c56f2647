import "server-only";
import { AppError } from "@/lib/core/errors";
import { docxText } from "@/lib/ingest/docx-text";
import { readEmbeddedInvoice } from "@/lib/ingest/e-invoice";
import { OCR_ENGINE, readImagePage } from "@/lib/ingest/image-reading";
import { buildReading, plainReading, type LayoutPage } from "@/lib/ingest/layout";
import { decodeText, type DocumentKind } from "@/lib/ingest/media-type";
import { openPdf, readPdfPages } from "@/lib/ingest/pdf-reading";
import type { Reading } from "@/lib/ingest/reading-schema";
import { assertPageCount, CHARS_PER_PAGE, ingestLimitsFromEnv, type IngestLimits } from "@/lib/ingest/upload-checks";

// Reading a stored document: the run's first stage. Turns the bytes into the reading (text in
// reading order, words with page, box and confidence) and reports progress page by page, so the
// run can stream it. The cheap checks (type, size, page count) ran at upload; what fails here is
// a file that only turns out unreadable when read, and it fails with a stable `reason`.

export type ReadingProgress =
  | { phase: "started"; pages: number | null }
  | { phase: "page"; page: number; pages: number; words: number }
  | { phase: "finished"; pages: number; words: number; confidence: number; engine: string; ms: number };

export type ReadOptions = { onProgress?: (event: ReadingProgress) => unknown; limits?: Pick<IngestLimits, "maxPages"> };

/** Word and text files have no pages of their own: their length counts against the page cap. */
function textReading(text: string, engine: string, limits: Pick<IngestLimits, "maxPages">): Reading {
  assertPageCount(Math.max(1, Math.ceil(text.length / CHARS_PER_PAGE)), limits, "pages of text");
  return plainReading(text, engine);
}

/** Line endings unified and stray NULs removed, so source spans mean the same everywhere. */
function cleanText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/\u0000/g, "").replace(/[ \t]+\n/g, "\n").trim();
}

function pdfEngine(pages: LayoutPage[]): string {
  const sources = new Set(pages.map((p) => p.source));
  if (sources.size === 2) return `pdf-text-layer+${OCR_ENGINE}`;
  return sources.has("ocr") ? `pdf-render+${OCR_ENGINE}` : "pdf-text-layer";
}

export async function readDocumentContent(kind: DocumentKind, bytes: Uint8Array, options: ReadOptions = {}): Promise<Reading> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => undefined);
  const limits = options.limits ?? ingestLimitsFromEnv();
  let reading: Reading;
  switch (kind) {
    case "image": {
      await progress({ phase: "started", pages: 1 });
      let page: LayoutPage;
      try {
        page = await readImagePage(bytes, 1);
      } catch (error) {
        throw new AppError("unprocessable_document", "The image could not be read", { reason: "corrupt_image", detail: String(error) });
      }
      await progress({ phase: "page", page: 1, pages: 1, words: page.lines.reduce((s, l) => s + l.length, 0) });
      reading = buildReading([page], OCR_ENGINE);
      break;
    }
    case "pdf": {
      const pdf = await openPdf(bytes);
      try {
        assertPageCount(pdf.numPages, limits);
        await progress({ phase: "started", pages: pdf.numPages });
        const pages = await readPdfPages(pdf, (page, pages, words) => progress({ phase: "page", page, pages, words }));
        const embeddedInvoice = readEmbeddedInvoice(bytes);
        reading = { ...buildReading(pages, pdfEngine(pages)), ...(embeddedInvoice ? { embeddedInvoice } : {}) };
      } finally {
        await pdf.destroy().catch(() => undefined);
      }
      break;
    }
    case "docx": {
      await progress({ phase: "started", pages: 1 });
      reading = textReading(cleanText(await docxText(bytes)), "docx", limits);
      break;
    }
    case "text": {
      await progress({ phase: "started", pages: 1 });
      reading = textReading(cleanText(decodeText(bytes) ?? ""), "plain-text", limits);
      break;
    }
  }
  if (reading.text.trim() === "") {
    throw new AppError("unprocessable_document", kind === "image" || reading.engine.includes(OCR_ENGINE) ? "No text could be read from the scan" : "No text could be read from the document", {
      reason: "no_text",
    });
  }
  await progress({
    phase: "finished",
    pages: reading.pages.length,
    words: reading.words.length,
    confidence: reading.confidence,
    engine: reading.engine,
    ms: Math.round(performance.now() - started),
  });
  return reading;
}
