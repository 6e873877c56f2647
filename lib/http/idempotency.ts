import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import { AppError } from "@/lib/core/errors";
import { errorResponse, type RequestContext } from "@/lib/http/respond";
import type { Principal } from "@/lib/core/actor";
import { getStore } from "@/lib/store/get-store";
import { keepLeased } from "@/lib/store/lease";
import type { Store } from "@/lib/store/store";

// `Idempotency-Key` (draft-ietf-httpapi-idempotency-key-header): the first request with a key runs
// under a store lock and its response is kept; retries with the same key and the same body get that
// response again (Idempotent-Replayed: true), concurrent ones wait for it, a different body → 422.

export const IDEMPOTENCY_HEADER = "idempotency-key";
const RECORD_TTL_MS = 24 * 60 * 60 * 1000;
/** The lock is a lease renewed while the request runs: a crashed holder frees the key within this. */
export const IDEMPOTENCY_LEASE_MS = 10_000;
const WAIT_FOR_FIRST_MS = 30_000;

export const idempotencyKeySchema = z
  .string()
  .regex(/^[\x21-\x7e]{1,255}$/, "Idempotency-Key must be 1–255 visible ASCII characters");

const storedResponse = z.object({
  fingerprint: z.string(),
  status: z.number(),
  headers: z.record(z.string(), z.string()),
  body: z.string(),
});
type StoredResponse = z.infer<typeof storedResponse>;

/** Outcomes worth replaying: successes and client errors that the same request would repeat. */
export const isReplayable = (status: number) => (status >= 200 && status < 300) || [400, 413, 415, 422].includes(status);

/** The key as sent, accepting the structured-field form `"abc"` too; null when absent. */
export function readIdempotencyKey(request: Request): string | null {
  const raw = request.headers.get(IDEMPOTENCY_HEADER)?.trim();
  if (!raw) return null;
  const key = raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2 ? raw.slice(1, -1) : raw;
  const parsed = idempotencyKeySchema.safeParse(key);
  if (!parsed.success) throw new AppError("invalid_request", parsed.error.issues[0]!.message);
  return parsed.data;
}

/**
 * What makes two requests "the same": method, path and content. Multipart bodies are compared by
 * their parts, not their bytes, because a client's retry picks a fresh boundary.
 */
export async function requestFingerprint(request: Request, body: Uint8Array<ArrayBuffer>): Promise<string> {
  const hash = crypto.createHash("sha256").update(`${request.method} ${new URL(request.url).pathname}\n`);
  const contentType = request.headers.get("content-type") ?? "";
  if (contentType.toLowerCase().startsWith("multipart/form-data")) {
    const form = await new Request(request.url, { method: "POST", headers: { "content-type": contentType }, body }).formData();
    const parts: string[] = [];
    for (const [name, value] of form.entries()) {
      if (typeof value === "string") parts.push(`${name}=${value}`);
      else {
        const digest = crypto.createHash("sha256").update(new Uint8Array(await value.arrayBuffer())).digest("hex");
        parts.push(`${name}=file:${value.name}:${value.type}:${digest}`);
      }
    }
    hash.update(parts.sort().join("\n"));
  } else {
    hash.update(contentType).update("\n").update(body);
  }
  return hash.digest("hex");
}

function replay(stored: StoredResponse): Response {
  return new Response(stored.body, { status: stored.status, headers: { ...stored.headers, "idempotent-replayed": "true" } });
}

function compareOrReplay(stored: StoredResponse, fingerprint: string): Response {
  if (stored.fingerprint !== fingerprint) {
    throw new AppError("idempotency_key_reused", "This Idempotency-Key was already used with a different request");
  }
  return replay(stored);
}

async function readRecord(store: Store, key: string): Promise<StoredResponse | null> {
  const raw = await store.get(key);
  return raw ? storedResponse.parse(JSON.parse(raw)) : null;
}

/** Buffers the body (it is hashed and then handed on), refusing more than `maxBytes` before reading it all. */
async function readBody(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const tooLarge = () => new AppError("payload_too_large", `The request body exceeds ${maxBytes} bytes`, { maxBytes });
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) {
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      await reader!.cancel();
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `handler` at most once per (tenant, Idempotency-Key). The handler gets a copy of the
 * request whose body can still be read. Without the header the handler simply runs.
 */
export async function idempotent(
  request: Request,
  context: RequestContext,
  principal: Principal,
  handler: (request: Request) => Promise<Response>,
  options: { maxBodyBytes?: number } = {},
): Promise<Response> {
  const key = readIdempotencyKey(request);
  if (!key) return handler(request);
  const body = await readBody(request, options.maxBodyBytes ?? Number.POSITIVE_INFINITY);
  const copy = () => new Request(request.url, { method: request.method, headers: request.headers, body });
  const fingerprint = await requestFingerprint(request, body);
  const store = getStore();
  const recordKey = `idempotency:${principal.tenantId}:${key}`;
  context.log.setBindings({ idempotencyKey: key });

  const deadline = Date.now() + WAIT_FOR_FIRST_MS;
  for (let pause = 20; ; pause = Math.min(pause * 2, 250)) {
    const stored = await readRecord(store, recordKey);
    if (stored) return compareOrReplay(stored, fingerprint);
    const lock = await store.acquireLock(`${recordKey}:lock`, IDEMPOTENCY_LEASE_MS);
    if (lock) {
      const stopLease = keepLeased(lock, IDEMPOTENCY_LEASE_MS);
      try {
        // The first holder may have finished between our read and our lock.
        const finished = await readRecord(store, recordKey);
        if (finished) return compareOrReplay(finished, fingerprint);
        const response = await runCapturingClientErrors(copy(), context, handler);
        if (!isReplayable(response.status)) return response;
        const record: StoredResponse = {
          fingerprint,
          status: response.status,
          headers: Object.fromEntries([...response.headers].filter(([name]) => ["content-type", "location"].includes(name))),
          body: await response.text(),
        };
        await store.set(recordKey, JSON.stringify(record), RECORD_TTL_MS);
        return new Response(record.body, { status: record.status, headers: response.headers });
      } finally {
        stopLease();
        await lock.release();
      }
    }
    if (Date.now() + pause > deadline) {
      throw new AppError("idempotency_in_progress", "A request with this Idempotency-Key is still being processed; retry shortly", undefined, {
        "Retry-After": "1",
      });
    }
    await sleep(pause);
  }
}

// Client errors are part of the outcome a retry must see again, so they are captured as responses;
// anything else propagates to route() and is neither kept nor replayed.
async function runCapturingClientErrors(request: Request, context: RequestContext, handler: (request: Request) => Promise<Response>) {
  try {
    return await handler(request);
  } catch (error) {
    const status = error instanceof AppError ? error.status : error instanceof z.ZodError ? 400 : 500;
    if (isReplayable(status)) return errorResponse(error, context.requestId);
    throw error;
  }
}
