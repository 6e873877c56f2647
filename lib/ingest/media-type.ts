import { fileTypeFromBuffer } from "file-type";

// What an upload really is, decided from its bytes: the client's Content-Type and file name are
// hints a caller controls, so they never choose the parser.

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const KINDS = {
  "application/pdf": "pdf",
  "image/png": "image",
  "image/jpeg": "image",
  [DOCX_MIME]: "docx",
  "text/plain": "text",
} as const;

export type SupportedMime = keyof typeof KINDS;
export type DocumentKind = (typeof KINDS)[SupportedMime];
export const SUPPORTED_MIMES = Object.keys(KINDS) as SupportedMime[];

export type SniffResult = { mime: SupportedMime; kind: DocumentKind } | { mime: string | null; kind: null };

// Text is the one format without magic bytes: accept strict UTF-8 without control characters
// other than tab, line feed, carriage return and form feed.
function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return !/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text);
}

export async function sniffMediaType(bytes: Uint8Array): Promise<SniffResult> {
  const detected = await fileTypeFromBuffer(bytes);
  const kind = detected ? (KINDS as Record<string, DocumentKind>)[detected.mime] : undefined;
  if (detected && kind) return { mime: detected.mime as SupportedMime, kind };
  // Some signatures are weak (MPEG-TS is a "G" every 188 bytes) and match ordinary text:
  // text that decodes cleanly is text.
  if (looksLikeText(bytes)) return { mime: "text/plain", kind: "text" };
  return { mime: detected?.mime ?? null, kind: null };
}
