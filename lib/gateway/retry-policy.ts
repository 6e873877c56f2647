import { APICallError } from "ai";

// Which failures are worth another attempt, and how long to wait before it. Pure: no I/O, no clock.

export type ErrorClass =
  | "rate_limited"
  | "server_error"
  | "timeout"
  | "connection"
  | "malformed_response"
  | "client_error"
  | "aborted"
  | "breaker_open"
  | "budget_exceeded"
  | "unknown";

export interface Failure {
  errorClass: ErrorClass;
  /** Retryable failures are also the ones that count against the circuit breaker. */
  retryable: boolean;
  status?: number;
  /** What the upstream asked us to wait (Retry-After and friends), when it said. */
  retryAfterMs?: number;
  message: string;
}

export interface RetryConfig {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this ends the call instead of parking it. */
  maxRetryAfterMs: number;
}

const RETRYABLE_NETWORK_CODES = new Set(["ECONNRESET", "ECONNREFUSED", "ETIMEDOUT", "EPIPE", "UND_ERR_SOCKET", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT", "UND_ERR_CONNECT_TIMEOUT"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (isRecord(error) && typeof error.message === "string") return error.message;
  if (isRecord(error) && isRecord(error.error) && typeof error.error.message === "string") return error.error.message;
  return String(error);
}

function hasNetworkCode(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let current = error; isRecord(current) && !seen.has(current); current = current.cause) {
    seen.add(current);
    if (typeof current.code === "string" && RETRYABLE_NETWORK_CODES.has(current.code)) return true;
  }
  return false;
}

function isTerminated(error: unknown): boolean {
  return error instanceof TypeError && /terminated|other side closed|socket/i.test(error.message);
}

function byStatus(status: number): Pick<Failure, "errorClass" | "retryable"> {
  if (status === 429) return { errorClass: "rate_limited", retryable: true };
  if (status === 408) return { errorClass: "timeout", retryable: true };
  if (status >= 500) return { errorClass: "server_error", retryable: true };
  if (status >= 400) return { errorClass: "client_error", retryable: false };
  // A 2xx whose body could not be read (cut, not JSON) is a transport fault, not the request's.
  return { errorClass: "malformed_response", retryable: true };
}

/** Seconds, milliseconds or an HTTP date from Retry-After / retry-after-ms / x-ratelimit-reset-*. */
export function retryAfterMs(headers: Record<string, string | undefined> | undefined, now: number): number | undefined {
  if (!headers) return undefined;
  const ms = Number.parseFloat(headers["retry-after-ms"] ?? "");
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const after = headers["retry-after"];
  if (after !== undefined && after.trim() !== "") {
    const seconds = Number(after);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const date = Date.parse(after);
    if (Number.isFinite(date)) return Math.max(0, date - now);
  }
  const resets = [headers["x-ratelimit-reset-requests"], headers["x-ratelimit-reset-tokens"]].map(parseDuration).filter((v) => v !== undefined);
  return resets.length ? Math.max(...resets) : undefined;
}

/** OpenAI's reset durations: "1s", "6m0s", "20ms", "1h2m3.5s". */
export function parseDuration(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  let total = 0;
  let matched = "";
  for (const [whole, value, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) {
    total += Number(value) * units[unit!]!;
    matched += whole;
  }
  return matched.length > 0 && matched === text.trim() ? total : undefined;
}

/** Turns whatever an attempt threw (or put in its stream) into a decision-ready failure. */
export function classifyFailure(error: unknown, how: { timedOut: boolean; callerAborted: boolean; now: number }): Failure {
  const message = messageOf(error);
  if (how.callerAborted) return { errorClass: "aborted", retryable: false, message };
  if (how.timedOut) return { errorClass: "timeout", retryable: true, message };
  if (APICallError.isInstance(error)) {
    const after = retryAfterMs(error.responseHeaders, how.now);
    // A 200 whose body was cut off (connection reset, "terminated") is a connection fault.
    if (error.statusCode !== undefined && error.statusCode < 300 && (hasNetworkCode(error) || isTerminated(error.cause))) {
      return { errorClass: "connection", retryable: true, status: error.statusCode, message };
    }
    if (error.statusCode !== undefined) return { ...byStatus(error.statusCode), status: error.statusCode, retryAfterMs: after, message };
    return { errorClass: error.isRetryable ? "connection" : "unknown", retryable: error.isRetryable, message };
  }
  if (hasNetworkCode(error)) return { errorClass: "connection", retryable: true, message };
  if (isRecord(error)) {
    if (error.name === "TimeoutError") return { errorClass: "timeout", retryable: true, message };
    // Stream-level errors: provider error payloads and SSE frames that were not valid JSON.
    if (typeof error.statusCode === "number") return { ...byStatus(error.statusCode), status: error.statusCode, message };
    if (error.name === "AI_JSONParseError" || error.name === "AI_TypeValidationError") return { errorClass: "malformed_response", retryable: true, message };
    if (isRecord(error.error) && typeof error.error.type === "string") {
      const type = error.error.type;
      if (type.includes("rate_limit") || type === "requests" || type === "tokens") return { errorClass: "rate_limited", retryable: true, message };
      if (type.includes("server_error") || type.includes("overloaded")) return { errorClass: "server_error", retryable: true, message };
    }
    if (isTerminated(error)) return { errorClass: "connection", retryable: true, message };
  }
  return { errorClass: "unknown", retryable: false, message };
}

/** Full-jitter exponential backoff (AWS "Exponential Backoff and Jitter"): uniform in [0, min(cap, base·2^(n−1))]. */
export function backoffMs(failedAttempt: number, config: Pick<RetryConfig, "baseDelayMs" | "maxDelayMs">, random: number): number {
  const ceiling = Math.min(config.maxDelayMs, config.baseDelayMs * 2 ** Math.max(0, failedAttempt - 1));
  return Math.floor(random * ceiling);
}

export type RetryDecision = { retry: true; delayMs: number } | { retry: false; reason: "not_retryable" | "attempts_exhausted" | "retry_after_too_long" };

/** Whether attempt `failedAttempt` (1-based) gets a successor, and after how long. */
export function decideRetry(failedAttempt: number, failure: Failure, config: RetryConfig, random: number): RetryDecision {
  if (!failure.retryable) return { retry: false, reason: "not_retryable" };
  if (failedAttempt >= config.maxAttempts) return { retry: false, reason: "attempts_exhausted" };
  if (failure.retryAfterMs !== undefined && failure.retryAfterMs > config.maxRetryAfterMs) return { retry: false, reason: "retry_after_too_long" };
  // The server's wait is a floor; jitter still spreads clients that were told the same instant.
  const jitter = backoffMs(failedAttempt, config, random);
  return { retry: true, delayMs: Math.max(jitter, Math.ceil(failure.retryAfterMs ?? 0)) };
}
