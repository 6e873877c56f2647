import zlib from "node:zlib";
import { AppError } from "@/lib/core/errors";

// A zip archive (DOCX, and any zip-based format) is inflated here, one entry at a time under a cap
// on bytes and on ratio, before a parser is allowed near it: a parser inflates whatever the
// archive declares, and declared sizes are the attacker's to choose.

export interface ZipLimits {
  /** Inflated bytes of all entries together. */
  maxTotalBytes: number;
  /** Inflated ÷ compressed, for entries past `ratioFromBytes`. */
  maxRatio: number;
  ratioFromBytes: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function refuse(detail: string): AppError {
  return new AppError("unprocessable_document", "The archive inflates past what a document needs", { reason: "archive_too_large", detail });
}

/** Not an archive a parser could read either; the caller says what kind of document it failed to be. */
function corrupt(detail: string): Error {
  return new Error(`corrupt archive: ${detail}`);
}

function endOfCentralDirectory(buf: Buffer): number {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) if (buf.readUInt32LE(i) === EOCD) return i;
  throw corrupt("no end of central directory");
}

/** Inflates every entry under `limits` (the output is discarded): AppError 422 past a limit, Error when corrupt. */
export function assertZipWithinLimits(bytes: Uint8Array, limits: ZipLimits): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = endOfCentralDirectory(buf);
  const entries = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) throw corrupt("bad central directory");
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString("utf8", at + 46, at + 46 + nameLength);
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    if (compressed === 0xffffffff || local === 0xffffffff) throw refuse(`${name}: zip64 entry`);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) throw corrupt(`${name}: bad local header`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + compressed);
    const budget = limits.maxTotalBytes - total;
    let size: number;
    if (method === 0) size = data.length;
    else if (method === 8) {
      try {
        size = zlib.inflateRawSync(data, { maxOutputLength: budget + 1 }).length;
      } catch (error) {
        if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw refuse(`${name}: more than ${limits.maxTotalBytes} bytes inflated`);
        throw corrupt(`${name}: ${(error as Error).message}`);
      }
    } else throw corrupt(`${name}: compression method ${method}`);
    total += size;
    if (total > limits.maxTotalBytes) throw refuse(`more than ${limits.maxTotalBytes} bytes inflated`);
    if (size > limits.ratioFromBytes && size > limits.maxRatio * Math.max(1, data.length)) throw refuse(`${name}: inflates ${Math.round(size / Math.max(1, data.length))}×`);
  }
}
