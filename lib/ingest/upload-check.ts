import "server-only";
import crypto from "node:crypto";
import { AppError } from "@/lib/core/errors";
import { sniffMediaType, SUPPORTED_MIMES, type DocumentKind, type SupportedMime } from "@/lib/ingest/media-type";
import { openPdf } from "@/lib/ingest/pdf-reading";
import { assertSize, type IngestLimits } from "@/lib/ingest/read-document";

// The checks an upload passes before it is acknowledged: cheap and synchronous (size, what the
// bytes really are, a PDF's page count), so a bad upload is refused at once with 413/415/422.
// Reading the content (OCR, text layers) is the run's first stage, after the 202.

export type CheckedUpload = {
  mime: SupportedMime;
  kind: DocumentKind;
  size: number;
  sha256: string;
  /** Known for PDFs and images at upload; other kinds learn it when read. */
  pageCount: number | null;
};

export async function checkUpload(bytes: Uint8Array, limits: IngestLimits): Promise<CheckedUpload> {
  assertSize(bytes.byteLength, limits);
  const sniffed = await sniffMediaType(bytes);
  if (!sniffed.kind) {
    throw new AppError("unsupported_media_type", `Unsupported file type${sniffed.mime ? ` (${sniffed.mime})` : ""}; send PDF, PNG, JPEG, DOCX or plain text`, {
      detected: sniffed.mime,
      supported: SUPPORTED_MIMES,
    });
  }
  let pageCount: number | null = sniffed.kind === "image" ? 1 : null;
  if (sniffed.kind === "pdf") {
    const pdf = await openPdf(bytes);
    pageCount = pdf.numPages;
    await pdf.destroy().catch(() => undefined);
    if (pageCount > limits.maxPages) {
      throw new AppError("payload_too_large", `The PDF has ${pageCount} pages; the limit is ${limits.maxPages}`, { reason: "too_many_pages", pageCount, maxPages: limits.maxPages });
    }
  }
  return { mime: sniffed.mime, kind: sniffed.kind, size: bytes.byteLength, sha256: crypto.createHash("sha256").update(bytes).digest("hex"), pageCount };
}
