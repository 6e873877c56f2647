import { fileTypeFromBuffer } from "file-type";

// What an upload really is, decided from its bytes: the client's Content-Type and file name are
// hints a caller controls, so they never choose the parser.

const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

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

// Text is the one format without magic bytes. Receipts exported by older tills and Windows tools
// arrive as Latin-1 or UTF-16 (often without a byte-order mark), so the encoding is decided from
// the bytes: a BOM, then strict UTF-8, then UTF-16 by its zero high bytes, then Windows-1252.
// Whatever decodes must hold no control characters other than tab, line feed, carriage return and
// form feed; binary data always does. Windows-1252 leaves five bytes undefined, decoded as C1
// controls, so there those are refused too.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;
const C1_CONTROLS = /[\u0080-\u009F]/;

function decodeAs(encoding: string, bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
  if (CONTROL_CHARACTERS.test(text)) return null;
  return encoding === "windows-1252" && C1_CONTROLS.test(text) ? null : text;
}

// Mostly-Latin text in UTF-16 has a zero in one byte of most code units and almost never in the other.
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const units = bytes.length / 2;
  if (oddZeros >= units * 0.3 && evenZeros === 0) return "utf-16le";
  if (evenZeros >= units * 0.3 && oddZeros === 0) return "utf-16be";
  return null;
}

/** The upload's text in whichever supported encoding it decodes cleanly, or null if it is not text. */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs("utf-16le", bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs("utf-16be", bytes);
  const utf8 = decodeAs("utf-8", bytes);
  if (utf8 !== null) return utf8;
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return decodeAs(utf16, bytes);
  return decodeAs("windows-1252", bytes);
}

export async function sniffMediaType(bytes: Uint8Array): Promise<SniffResult> {
  const detected = await fileTypeFromBuffer(bytes);
  const kind = detected ? (KINDS as Record<string, DocumentKind>)[detected.mime] : undefined;
  if (detected && kind) return { mime: detected.mime as SupportedMime, kind };
  // Some signatures are weak (MPEG-TS is a "G" every 188 bytes) and match ordinary text:
  // text that decodes cleanly is text.
  if (decodeText(bytes) !== null) return { mime: "text/plain", kind: "text" };
  return { mime: detected?.mime ?? null, kind: null };
}

/** The parser for a stored document's (already sniffed) MIME type. */
export function kindOfMime(mime: string): DocumentKind | null {
  return (KINDS as Record<string, DocumentKind>)[mime] ?? null;
}
