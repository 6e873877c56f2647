import "server-only";
import { getDocumentProxy, renderPageAsImage } from "unpdf";
import { AppError } from "@/lib/core/errors";
import { readImagePage } from "@/lib/ingest/image-reading";
import { groupLines, type LayoutPage, type LayoutWord } from "@/lib/ingest/layout";

// A PDF's pages in reading order. With a text layer, words come from pdf.js text items and their
// positions (lines rebuilt like `pdftotext -layout`: wide gaps stay runs of spaces, so columns and
// table cells do not run together). A page without one (a scan) is rendered with @napi-rs/canvas
// and OCR'd.

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;
type TextItem = { str: string; transform: number[]; width: number; height: number };

/** Render scale for OCR of scanned pages: 2 × 72 dpi = 144 dpi, enough for print at receipt sizes. */
const OCR_RENDER_SCALE = 2;
/**
 * Pixels a page is rendered at for OCR, at most: a Letter or A4 page still renders at 144 dpi
 * (about 1240 × 1600), while an outsized page (a 5000 pt MediaBox would be 100 million pixels)
 * renders smaller instead of costing hundreds of MB. OCR reads at most 1600 px on the long side.
 */
const OCR_RENDER_MAX_PIXELS = 4_000_000;

/** The scale that renders a page of `width` × `height` points within `maxPixels` and at most `maxScale` × 72 dpi. */
function renderScale(width: number, height: number, maxPixels: number, maxScale: number): number {
  return Math.min(maxScale, Math.sqrt(maxPixels / Math.max(1, width * height)));
}

export async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  try {
    // pdf.js takes ownership of the buffer it is given; hand it a copy so the caller's bytes stay intact.
    return await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, stopAtErrors: true, verbosity: 0 });
  } catch (error) {
    throw new AppError("unprocessable_document", "The PDF could not be read", { reason: "corrupt_pdf", detail: String(error) });
  }
}

/** One page as a PNG at `scale` × 72 dpi. */
async function renderPdfPage(pdf: PdfDocument, page: number, scale: number): Promise<Uint8Array<ArrayBuffer>> {
  const png = await renderPageAsImage(pdf, page, { canvasImport: () => import("@napi-rs/canvas"), scale }).catch((error: unknown) => {
    throw new AppError("unprocessable_document", "A PDF page could not be rendered", { reason: "corrupt_pdf", page, detail: String(error) });
  });
  return new Uint8Array(png);
}

/** Longest side, in pixels, of a page rendered for viewing: sharp on a high-density screen, bounded for an outsized page. */
const VIEW_MAX_SIDE = 1800;
/** Never more than 3 × 72 dpi, however small the page. */
const VIEW_MAX_SCALE = 3;

/** A PDF page rendered for the reviewer to look at, or null when the document has no such page. */
export async function pdfPageImage(bytes: Uint8Array, pageNumber: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const pdf = await openPdf(bytes);
  try {
    if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > pdf.numPages) return null;
    const page = await pdf.getPage(pageNumber);
    const { width, height } = page.getViewport({ scale: 1 });
    page.cleanup();
    return await renderPdfPage(pdf, pageNumber, Math.min(VIEW_MAX_SCALE, VIEW_MAX_SIDE / Math.max(width, height, 1)));
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

/** Text items as words in page coordinates (points, origin top left). */
export function itemsToWords(items: TextItem[], pageHeight: number): LayoutWord[] {
  const words: LayoutWord[] = [];
  for (const item of items) {
    // Glyphs a font maps to no character come out as control codes (a NUL for a hyphen): they
    // are no text, and PostgreSQL cannot store a NUL. Same length, so positions stay right.
    const str = item.str.replace(/[\u0000-\u001f\u007f]/g, " ");
    if (str.trim() === "") continue;
    const [a, b, , d, e, f] = item.transform;
    const size = Math.max(Math.abs(d), Math.hypot(a, b), item.height, 1);
    const top = pageHeight - f - size * 0.8;
    const bottom = pageHeight - f + size * 0.2;
    const total = str.length;
    const width = item.width > 0 ? item.width : size * 0.5 * total;
    const re = /\S+/g;
    for (let m = re.exec(str); m; m = re.exec(str)) {
      words.push({
        text: m[0],
        x0: e + (width * m.index) / total,
        x1: e + (width * (m.index + m[0].length)) / total,
        y0: top,
        y1: bottom,
        confidence: 1,
      });
    }
  }
  return words;
}

export type PageProgress = (page: number, pages: number, words: number) => unknown;

export async function readPdfPages(pdf: PdfDocument, onPage?: PageProgress): Promise<LayoutPage[]> {
  const pages: LayoutPage[] = [];
  let wordCount = 0;
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent().catch((error: unknown) => {
      throw new AppError("unprocessable_document", "The PDF's text could not be read", { reason: "corrupt_pdf", detail: String(error) });
    });
    const words = itemsToWords(content.items.filter((i) => "str" in i) as TextItem[], viewport.height);
    let layout: LayoutPage;
    if (words.length > 0) {
      layout = { page: n, width: viewport.width, height: viewport.height, source: "text-layer", lines: groupLines(words) };
    } else {
      layout = await readImagePage(await renderPdfPage(pdf, n, renderScale(viewport.width, viewport.height, OCR_RENDER_MAX_PIXELS, OCR_RENDER_SCALE)), n);
    }
    page.cleanup();
    pages.push(layout);
    wordCount += layout.lines.reduce((s, l) => s + l.length, 0);
    await onPage?.(n, pdf.numPages, wordCount);
  }
  return pages;
}
