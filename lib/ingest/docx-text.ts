import mammoth from "mammoth";
import { AppError } from "@/lib/core/errors";
import { assertZipWithinLimits, type ZipLimits } from "@/lib/ingest/zip-limits";

// Word text compresses about 10×; a part inflating 100× past 1 MB, or a file past 64 MB inflated,
// is a zip bomb, not a document.
export const DOCX_LIMITS: ZipLimits = { maxTotalBytes: 64 * 1024 * 1024, maxRatio: 100, ratioFromBytes: 1024 * 1024 };

export async function docxText(bytes: Uint8Array): Promise<string> {
  try {
    assertZipWithinLimits(bytes, DOCX_LIMITS);
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return result.value;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("unprocessable_document", "The Word document could not be read", { reason: "corrupt_docx", detail: String(error) });
  }
}
