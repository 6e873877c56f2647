import "server-only";
import crypto from "node:crypto";
import { AppError } from "@/lib/core/errors";
import { env } from "@/lib/env";
import { docxText } from "@/lib/ingest/docx-text";
import { readDocumentContent } from "@/lib/ingest/document-reading";
import { decodeText, sniffMediaType, SUPPORTED_MIMES, type DocumentKind, type SupportedMime } from "@/lib/ingest/media-type";
import { pdfText } from "@/lib/ingest/pdf-text";

// Turns uploaded bytes into the text the agents read. Pure with respect to storage: it writes
// nothing, so a refused or unreadable upload leaves no trace.

export interface ReadDocument {
  mime: SupportedMime;
  kind: DocumentKind;
  size: number;
  sha256: string;
  text: string;
  pageCount: number;
}

export interface IngestLimits {
  maxBytes: number;
  maxPages: number;
}

// Word files carry no page count; this many characters count as one page against the cap.
const CHARS_PER_PAGE = 3_000;

export function ingestLimitsFromEnv(): IngestLimits {
  return { maxBytes: env().SIEVE_UPLOAD_MAX_BYTES, maxPages: env().SIEVE_UPLOAD_MAX_PAGES };
}

export function assertSize(size: number, limits: IngestLimits): void {
  if (size > limits.maxBytes) {
    throw new AppError("payload_too_large", `The file is ${size} bytes; the limit is ${limits.maxBytes}`, { reason: "too_large", size, maxBytes: limits.maxBytes });
  }
  if (size === 0) throw new AppError("unprocessable_document", "The file is empty", { reason: "empty" });
}

/** Line endings unified and stray NULs removed, so source spans mean the same everywhere. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/\u0000/g, "").replace(/[ \t]+\n/g, "\n").trim();
}

async function textOf(kind: DocumentKind, bytes: Uint8Array, limits: IngestLimits): Promise<{ text: string; pageCount: number }> {
  switch (kind) {
    case "pdf":
      return pdfText(bytes, limits.maxPages);
    case "image":
      // PP-OCRv4 (lib/ingest/paddle-ocr.ts) rather than tesseract: it reads the receipt scans far better.
      return { text: (await readDocumentContent("image", bytes)).text, pageCount: 1 };
    case "docx": {
      const text = await docxText(bytes);
      return { text, pageCount: Math.max(1, Math.ceil(text.length / CHARS_PER_PAGE)) };
    }
    case "text": {
      const text = decodeText(bytes) ?? "";
      return { text, pageCount: Math.max(1, Math.ceil(text.length / CHARS_PER_PAGE)) };
    }
  }
}

export async function readDocument(bytes: Uint8Array, limits: IngestLimits = ingestLimitsFromEnv()): Promise<ReadDocument> {
  assertSize(bytes.byteLength, limits);
  const sniffed = await sniffMediaType(bytes);
  if (!sniffed.kind) {
    throw new AppError("unsupported_media_type", `Unsupported file type${sniffed.mime ? ` (${sniffed.mime})` : ""}; send PDF, PNG, JPEG, DOCX or plain text`, {
      detected: sniffed.mime,
      supported: SUPPORTED_MIMES,
    });
  }
  const { text: raw, pageCount } = await textOf(sniffed.kind, bytes, limits);
  if (pageCount > limits.maxPages) {
    throw new AppError("payload_too_large", `The document is about ${pageCount} pages; the limit is ${limits.maxPages}`, {
      reason: "too_many_pages",
      pageCount,
      maxPages: limits.maxPages,
    });
  }
  const text = normaliseText(raw);
  if (text === "") throw new AppError("unprocessable_document", "No text could be read from the document", { reason: "no_text" });
  return {
    mime: sniffed.mime,
    kind: sniffed.kind,
    size: bytes.byteLength,
    sha256: crypto.createHash("sha256").update(bytes).digest("hex"),
    text,
    pageCount,
  };
}
