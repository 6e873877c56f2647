import createClient, { type Client } from "openapi-fetch";
import type { components, paths } from "@/lib/api-client/openapi-types";

// A small typed client for the Sieve API (the mobile team's reference and our own scripts' way in).
// Paths, parameters, bodies and responses are typed from the OpenAPI document via openapi-types.ts.

export type SieveSchemas = components["schemas"];
export type SieveClient = Client<paths>;

export interface SieveClientOptions {
  /** e.g. https://sieve.example.com */
  baseUrl: string;
  /** An API token (sv_…) */
  token: string;
  fetch?: (request: Request) => Promise<Response>;
}

export function createSieveClient({ baseUrl, token, fetch }: SieveClientOptions): SieveClient {
  return createClient<paths>({ baseUrl, fetch, headers: { authorization: `Bearer ${token}` } });
}

/** An API failure with the API's error fields. */
export class SieveApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: SieveSchemas["ErrorCode"] | "http_error",
    message: string,
    readonly requestId: string | undefined,
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(message);
    this.name = "SieveApiError";
  }
}

/** The data of a successful call, or a SieveApiError carrying the API's code and request id. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok && result.error === undefined) return result.data as T;
  const body = (result.error as Partial<SieveSchemas["Error"]> | undefined)?.error;
  const retryAfter = result.response.headers.get("retry-after");
  throw new SieveApiError(
    result.response.status,
    body?.code ?? "http_error",
    body?.message ?? result.response.statusText,
    body?.requestId ?? result.response.headers.get("x-request-id") ?? undefined,
    retryAfter ? Number(retryAfter) : undefined,
  );
}

export interface UploadOptions {
  filename?: string;
  /**
   * Reuse the same key for every retry of one upload, so that a retry after a lost response gets the
   * first response back instead of creating a second document. Defaults to a fresh UUID (no retry).
   */
  idempotencyKey?: string;
  budgetCapMicros?: number;
}

/** Uploads a document as multipart/form-data; the 202 body names the document, the run and its stream. */
export function uploadDocument(client: SieveClient, file: Blob, options: UploadOptions = {}) {
  const { filename = "upload", idempotencyKey = crypto.randomUUID(), budgetCapMicros } = options;
  return client.POST("/api/v1/documents", {
    params: { header: { "Idempotency-Key": idempotencyKey } },
    // The schema types the file part as a binary string; the serializer sends the Blob itself.
    body: { file: "", ...(budgetCapMicros === undefined ? {} : { budgetCapMicros }) },
    bodySerializer: () => {
      const form = new FormData();
      form.set("file", file, filename);
      if (budgetCapMicros !== undefined) form.set("budgetCapMicros", String(budgetCapMicros));
      return form;
    },
  });
}
