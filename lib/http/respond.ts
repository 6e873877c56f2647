import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/core/errors";
import { requestIdFrom } from "@/lib/core/ids";
import { ensureDatabase } from "@/lib/db";
import { log } from "@/lib/log";

export interface RequestContext {
  requestId: string;
  log: typeof log;
  /** Added to whichever response the request ends with, errors included (e.g. rate-limit headers). */
  responseHeaders: Headers;
}

export interface ErrorBody {
  error: { code: string; message: string; requestId: string; details?: Record<string, unknown> };
}

export function errorResponse(error: unknown, requestId: string): Response {
  const appError = toAppError(error);
  const body: ErrorBody = {
    error: { code: appError.code, message: appError.message, requestId, ...(appError.details ? { details: appError.details } : {}) },
  };
  return Response.json(body, { status: appError.status, headers: { "x-request-id": requestId, ...appError.headers } });
}

// Errors that mean PostgreSQL or Redis cannot be reached right now, as the drivers raise them
// (possibly wrapped): a client can retry these, so they answer 503 with Retry-After, not 500.
const UNREACHABLE_SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EPIPE"]);
const UNREACHABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1017"]);
const UNREACHABLE_ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const REDIS_UNREACHABLE = /^(Connection is closed|Stream isn't writeable|Reached the max retries per request limit|Command timed out)/;
const OUTAGE_RETRY_AFTER_SECONDS = 5;

type ErrorLike = { name?: unknown; code?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } }; cause?: unknown; errors?: unknown };

function unreachableDependency(error: unknown, depth = 0): "database" | "redis" | null {
  if (!error || typeof error !== "object" || depth > 4) return null;
  const e = error as ErrorLike;
  const name = String(e.name ?? "");
  if (name === "MaxRetriesPerRequestError" || name === "StoreUnavailableError" || (typeof e.message === "string" && REDIS_UNREACHABLE.test(e.message))) return "redis";
  if (name === "PrismaClientInitializationError") return "database";
  if (typeof e.code === "string" && UNREACHABLE_PRISMA_CODES.has(e.code)) return "database";
  const adapterKind = e.meta?.driverAdapterError?.cause?.kind;
  if (typeof adapterKind === "string" && UNREACHABLE_ADAPTER_KINDS.has(adapterKind)) return "database";
  if (typeof e.code === "string" && UNREACHABLE_SOCKET_CODES.has(e.code)) return "database";
  for (const inner of [e.cause, ...(Array.isArray(e.errors) ? e.errors : [])]) {
    const found = unreachableDependency(inner, depth + 1);
    if (found) return found;
  }
  return null;
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const dependency = unreachableDependency(error);
  if (dependency) {
    return new AppError("unavailable", `The service is temporarily unavailable (${dependency}); retry after ${OUTAGE_RETRY_AFTER_SECONDS} s`, { dependency }, {
      "retry-after": String(OUTAGE_RETRY_AFTER_SECONDS),
    });
  }
  if (error instanceof z.ZodError) {
    return new AppError("invalid_request", z.prettifyError(error), {
      issues: error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    });
  }
  return new AppError("internal", "Something went wrong on our side; the request id helps us find it");
}

type Handler<P> = (request: Request, context: RequestContext & { params: P }) => Promise<Response>;

/**
 * Wraps a route handler: request id, database readiness, one error shape, one access-log line.
 * Route handlers stay thin: parse with zod, call one lib/ function, return its result.
 */
export function route<P = Record<string, string>>(handler: Handler<P>) {
  return async (request: Request, nextContext: { params: Promise<P> }): Promise<Response> => {
    const requestId = requestIdFrom(request.headers.get("x-request-id"));
    const started = performance.now();
    const requestLog = log.child({ requestId, method: request.method, route: new URL(request.url).pathname });
    const responseHeaders = new Headers();
    let response: Response;
    try {
      await ensureDatabase();
      const params = (await nextContext?.params) ?? ({} as P);
      response = await handler(request, { requestId, log: requestLog, params, responseHeaders });
      response.headers.set("x-request-id", requestId);
    } catch (error) {
      if (!(error instanceof AppError) && !(error instanceof z.ZodError)) requestLog.error({ err: error }, "unhandled error");
      response = errorResponse(error, requestId);
    }
    for (const [name, value] of responseHeaders) if (!response.headers.has(name)) response.headers.set(name, value);
    requestLog.info({ status: response.status, latencyMs: Math.round(performance.now() - started) }, "request");
    return response;
  };
}

export async function readJson<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("invalid_json", "The request body must be valid JSON");
  }
  return schema.parse(body);
}
