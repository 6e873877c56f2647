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
// SQLSTATEs of a server that is going away or not yet back: class 08 (connection exception),
// 53300 too_many_connections, 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now.
// pg sets them as `code`; Prisma's pg adapter keeps them as driverAdapterError.cause.originalCode.
const UNREACHABLE_SQLSTATES = new Set(["08000", "08001", "08003", "08004", "08006", "53300", "57P01", "57P02", "57P03"]);
// node-postgres raises a connection cut mid-query, or a pool that cannot connect, without a code:
// these are its exact messages, and the adapter passes such errors through unwrapped.
const PG_CONNECTION_LOST_MESSAGES = new Set([
  "Connection terminated unexpectedly",
  "Connection terminated",
  "Connection terminated due to connection timeout",
  "timeout exceeded when trying to connect",
  "Client has encountered a connection error and is not queryable",
]);
const REDIS_UNREACHABLE = /^(Connection is closed|Stream isn't writeable|Reached the max retries per request limit|Command timed out)/;
const OUTAGE_RETRY_AFTER_SECONDS = 5;

type AdapterCause = { kind?: unknown; originalCode?: unknown };
type ErrorLike = { name?: unknown; code?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: AdapterCause } }; cause?: unknown; errors?: unknown };

const isIn = (set: Set<string>, value: unknown) => typeof value === "string" && set.has(value);

function unreachableDependency(error: unknown, depth = 0): "database" | "redis" | null {
  if (!error || typeof error !== "object" || depth > 4) return null;
  const e = error as ErrorLike;
  const name = String(e.name ?? "");
  if (name === "MaxRetriesPerRequestError" || name === "StoreUnavailableError" || (typeof e.message === "string" && REDIS_UNREACHABLE.test(e.message))) return "redis";
  if (name === "PrismaClientInitializationError") return "database";
  if (isIn(UNREACHABLE_PRISMA_CODES, e.code) || isIn(UNREACHABLE_SOCKET_CODES, e.code) || isIn(UNREACHABLE_SQLSTATES, e.code)) return "database";
  const adapterCause = e.meta?.driverAdapterError?.cause;
  if (isIn(UNREACHABLE_ADAPTER_KINDS, adapterCause?.kind) || isIn(UNREACHABLE_SQLSTATES, adapterCause?.originalCode)) return "database";
  if (e.code === undefined && isIn(PG_CONNECTION_LOST_MESSAGES, e.message)) return "database";
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
      response = errorResponse(error, requestId);
      if (!(error instanceof AppError) && !(error instanceof z.ZodError)) {
        // An outage is already answered 503; one warning per request, not an error report of a bug.
        if (response.status === 503) requestLog.warn({ err: error }, "dependency unavailable");
        else requestLog.error({ err: error }, "unhandled error");
      }
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
