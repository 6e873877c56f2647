import mammoth from "mammoth";
import { AppError } from "@/lib/core/errors";

export async function docxText(bytes: Uint8Array): Promise<string> {
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return result.value;
  } catch (error) {
    throw new AppError("unprocessable_document", "The Word document could not be read", { reason: "corrupt_docx", detail: String(error) });
  }
}
