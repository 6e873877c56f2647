import "server-only";
import { AppError } from "@/lib/core/errors";
import { ingestLimitsFromEnv } from "@/lib/ingest/read-document";

// The multipart upload: one `file` part plus optional text fields. The body is refused by its
// declared length before it is read when it cannot fit the size cap.

/** Room for the multipart framing and the small text fields around the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export function maxUploadBodyBytes(): number {
  return ingestLimitsFromEnv().maxBytes + MULTIPART_OVERHEAD_BYTES;
}

export async function readUpload(request: Request): Promise<{ file: { bytes: Uint8Array; filename: string }; fields: Record<string, string> }> {
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
    throw new AppError("invalid_request", "Send the document as multipart/form-data with the file in a part named 'file'");
  }
  const maxBytes = maxUploadBodyBytes();
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) {
    throw new AppError("payload_too_large", `The upload exceeds the ${ingestLimitsFromEnv().maxBytes}-byte limit`, { reason: "too_large", maxBytes: ingestLimitsFromEnv().maxBytes });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError("invalid_request", "The multipart body could not be parsed");
  }
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("invalid_request", "The multipart body has no part named 'file'");
  const fields: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (typeof value === "string") fields[name] = value;
  return { file: { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name || "upload" }, fields };
}
