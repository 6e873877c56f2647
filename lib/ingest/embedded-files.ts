import { inflateSync } from "node:zlib";

// The files a PDF carries inside it (/Type /EmbeddedFile streams): where Factur-X, ZUGFeRD and
// XRechnung put the invoice's machine-readable XML. Read from the raw bytes rather than through
// pdf.js, whose attachment API inflates every attachment whole with no bound: here each stream is
// inflated under a byte cap, so a compressed bomb costs at most the cap. Streams are never inside
// object streams, so their dictionaries are plain in the file; an encrypted PDF yields nothing.

export const EMBEDDED_FILE_LIMITS = {
  /** Attachments looked at per PDF. */
  maxFiles: 8,
  /** Inflated bytes per attachment (XRechnung with its own base64 attachments runs to ~1.5 MB). */
  maxFileBytes: 8 * 1024 * 1024,
  /** A stream dictionary longer than this is not one a writer produced. */
  maxDictionaryChars: 4096,
} as const;

const EMBEDDED_FILE = /\/Type\s*\/EmbeddedFile(?![A-Za-z])/g;
const STREAM_KEYWORD = /(?<![A-Za-z])stream(\r\n|\n|\r)/g;

function streamData(raw: Buffer, dictionary: string, dataStart: number, source: string): Buffer | null {
  const direct = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary);
  let end = direct ? dataStart + Number(direct[1]) : -1;
  if (end < dataStart || end > raw.length || !/^\s*endstream/.test(source.slice(end, end + 24))) {
    end = source.indexOf("endstream", dataStart);
    if (end < 0) return null;
    while (end > dataStart && (source[end - 1] === "\n" || source[end - 1] === "\r")) end--;
  }
  return raw.subarray(dataStart, end);
}

function decoded(dictionary: string, data: Buffer): Buffer | null {
  if (/\/DecodeParms/.test(dictionary)) return null;
  const filter = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dictionary)?.[1];
  if (!filter) return data.length <= EMBEDDED_FILE_LIMITS.maxFileBytes ? data : null;
  const filters = filter.match(/\/[A-Za-z0-9]+/g) ?? [];
  if (filters.length !== 1 || filters[0] !== "/FlateDecode") return null;
  try {
    return inflateSync(data, { maxOutputLength: EMBEDDED_FILE_LIMITS.maxFileBytes });
  } catch {
    // Over the cap, or not a zlib stream: not an attachment worth reading.
    return null;
  }
}

/** The decoded contents of a PDF's embedded files, at most `maxFiles` of them, each under `maxFileBytes`. */
export function embeddedFiles(bytes: Uint8Array): Buffer[] {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const source = raw.toString("latin1");
  if (/\/Encrypt(?![A-Za-z])/.test(source)) return [];
  const files: Buffer[] = [];
  for (const match of source.matchAll(EMBEDDED_FILE)) {
    if (files.length >= EMBEDDED_FILE_LIMITS.maxFiles) break;
    const objectStart = source.lastIndexOf(" obj", match.index);
    STREAM_KEYWORD.lastIndex = match.index;
    const keyword = STREAM_KEYWORD.exec(source);
    if (objectStart < 0 || !keyword) continue;
    const dictionary = source.slice(objectStart, keyword.index);
    if (dictionary.length > EMBEDDED_FILE_LIMITS.maxDictionaryChars) continue;
    const data = streamData(raw, dictionary, keyword.index + keyword[0].length, source);
    const content = data && decoded(dictionary, data);
    if (content) files.push(content);
  }
  return files;
}
