import { SieveApiError, authHeaders, type BrowserAuth, type Schemas } from "@/components/ui/api";

// POST /api/v1/documents through XMLHttpRequest: fetch cannot report upload progress. The request and
// the 202 body are the OpenAPI contract's (UploadRequest / UploadAccepted); failures are SieveApiError.

export type UploadAccepted = Schemas["UploadAccepted"];

export interface XhrUploadOptions {
  auth: BrowserAuth;
  idempotencyKey: string;
  onProgress?: (loaded: number, total: number) => void;
  signal?: AbortSignal;
}

export function uploadWithProgress(file: Blob, filename: string, { auth, idempotencyKey, onProgress, signal }: XhrUploadOptions): Promise<UploadAccepted> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/v1/documents");
    for (const [name, value] of Object.entries(authHeaders(auth))) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader("Idempotency-Key", idempotencyKey);
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => onProgress?.(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onload = () => {
      const body = xhr.response as (UploadAccepted & Partial<Schemas["Error"]>) | null;
      if (xhr.status === 202 && body) return resolve(body);
      const retryAfter = xhr.getResponseHeader("retry-after");
      reject(
        new SieveApiError(
          xhr.status,
          body?.error?.code ?? "http_error",
          body?.error?.message ?? (xhr.status ? `Upload answered ${xhr.status}` : "Network error"),
          body?.error?.requestId ?? xhr.getResponseHeader("x-request-id") ?? undefined,
          retryAfter ? Number(retryAfter) : undefined,
        ),
      );
    };
    xhr.onerror = () => reject(new SieveApiError(0, "http_error", "The connection dropped during the upload", undefined, undefined));
    signal?.addEventListener("abort", () => xhr.abort());
    xhr.onabort = () => reject(new DOMException("Upload cancelled", "AbortError"));
    const form = new FormData();
    form.set("file", file, filename);
    xhr.send(form);
  });
}
