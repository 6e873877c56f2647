import "server-only";
import { AppError } from "@/lib/core/errors";
import { ingestLimitsFromEnv } from "@/lib/ingest/upload-checks";

// The multipart upload: one `file` part plus optional text fields. The body is read as a stream
// under a hard byte cap whatever its framing (Content-Length or chunked), so an oversized upload
// costs at most the cap in memory before the 413.

/** Room for the multipart framing and the small text fields around the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export function maxUploadBodyBytes(): number {
  return ingestLimitsFromEnv().maxBytes + MULTIPART_OVERHEAD_BYTES;
}

function tooLarge(): AppError {
  const { maxBytes } = ingestLimitsFromEnv();
  return new AppError("payload_too_large", `The upload exceeds the ${maxBytes}-byte limit`, { reason: "too_large", maxBytes });
}

async function readCappedBody(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array(0);
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

export async function readUpload(request: Request): Promise<{ file: { bytes: Uint8Array; filename: string }; fields: Record<string, string> }> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    throw new AppError("invalid_request", "Send the document as multipart/form-data with the file in a part named 'file'");
  }
  const body = await readCappedBody(request, maxUploadBodyBytes());
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError("invalid_request", "The multipart body could not be parsed");
  }
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("invalid_request", "The multipart body has no part named 'file'");
  const fields: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (typeof value === "string") fields[name] = value;
  return { file: { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name || "upload" }, fields };
}
