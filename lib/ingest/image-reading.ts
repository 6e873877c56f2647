import "server-only";
import { groupLines, skewFromQuads, type LayoutPage } from "@/lib/ingest/layout";
import { fixOcrWord } from "@/lib/ingest/ocr-word-fixes";
import { ocrImage } from "@/lib/ingest/paddle-ocr";

// One scanned page: OCR with word boxes, letter/digit confusions undone, lines rebuilt in
// reading order after undoing the page's skew (measured on the detected text lines).

export const OCR_ENGINE = "paddle-ppocrv4";

export async function readImagePage(bytes: Uint8Array, page = 1): Promise<LayoutPage> {
  const ocr = await ocrImage(bytes);
  const words = ocr.words.map((w) => ({ ...w, text: fixOcrWord(w.text) }));
  return {
    page,
    width: ocr.width,
    height: ocr.height,
    source: "ocr",
    lines: groupLines(words, { skew: skewFromQuads(ocr.quads) }),
  };
}
