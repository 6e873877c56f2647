import "server-only";
import crypto from "node:crypto";
import { AppError } from "@/lib/core/errors";
import { env } from "@/lib/env";
import { DOCX_LIMITS } from "@/lib/ingest/docx-text";
import { decodeText, sniffMediaType, SUPPORTED_MIMES, type DocumentKind, type SupportedMime } from "@/lib/ingest/media-type";
import { openPdf } from "@/lib/ingest/pdf-reading";
import { assertZipWithinLimits } from "@/lib/ingest/zip-limits";

// What an upload is checked for before the 202: the checks that cost milliseconds (type from the
// bytes, size, a PDF's page count, a Word file's archive sizes, a text file's length). Reading
// itself (OCR, the PDF text layer) is the run's first stage (document-reading.ts), so the upload
// answers at once; a file that only turns out unreadable there fails its run with a reason.

export interface CheckedUpload {
  mime: SupportedMime;
  kind: DocumentKind;
  size: number;
  sha256: string;
  /** Known from the bytes for PDFs and text; for images 1; for Word files once read. */
  pageCount: number | null;
}

export interface IngestLimits {
  maxBytes: number;
  maxPages: number;
}

/** Word and text files carry no page count; this many characters count as one page against the cap. */
export const CHARS_PER_PAGE = 3_000;

export function ingestLimitsFromEnv(): IngestLimits {
  return { maxBytes: env().SIEVE_UPLOAD_MAX_BYTES, maxPages: env().SIEVE_UPLOAD_MAX_PAGES };
}

export function assertPageCount(pageCount: number, limits: Pick<IngestLimits, "maxPages">, unit = "pages"): void {
  if (pageCount > limits.maxPages) {
    throw new AppError("payload_too_large", `The document is about ${pageCount} ${unit}; the limit is ${limits.maxPages}`, {
      reason: "too_many_pages",
      pageCount,
      maxPages: limits.maxPages,
    });
  }
}

function assertSize(size: number, limits: IngestLimits): void {
  if (size > limits.maxBytes) {
    throw new AppError("payload_too_large", `The file is ${size} bytes; the limit is ${limits.maxBytes}`, { reason: "too_large", size, maxBytes: limits.maxBytes });
  }
  if (size === 0) throw new AppError("unprocessable_document", "The file is empty", { reason: "empty" });
}

async function pageCountOf(kind: DocumentKind, bytes: Uint8Array): Promise<number | null> {
  switch (kind) {
    case "pdf": {
      const pdf = await openPdf(bytes);
      const pages = pdf.numPages;
      await pdf.destroy().catch(() => undefined);
      return pages;
    }
    case "image":
      return 1;
    case "docx":
      try {
        assertZipWithinLimits(bytes, DOCX_LIMITS);
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new AppError("unprocessable_document", "The Word document could not be read", { reason: "corrupt_docx", detail: String(error) });
      }
      return null;
    case "text":
      return Math.max(1, Math.ceil((decodeText(bytes) ?? "").length / CHARS_PER_PAGE));
  }
}

export async function checkUpload(bytes: Uint8Array, limits: IngestLimits = ingestLimitsFromEnv()): Promise<CheckedUpload> {
  assertSize(bytes.byteLength, limits);
  const sniffed = await sniffMediaType(bytes);
  if (!sniffed.kind) {
    throw new AppError("unsupported_media_type", `Unsupported file type${sniffed.mime ? ` (${sniffed.mime})` : ""}; send PDF, PNG, JPEG, DOCX or plain text`, {
      detected: sniffed.mime,
      supported: SUPPORTED_MIMES,
    });
  }
  const pageCount = await pageCountOf(sniffed.kind, bytes);
  if (pageCount !== null) assertPageCount(pageCount, limits);
  return {
    mime: sniffed.mime,
    kind: sniffed.kind,
    size: bytes.byteLength,
    sha256: crypto.createHash("sha256").update(bytes).digest("hex"),
    pageCount,
  };
}
