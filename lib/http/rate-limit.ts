import "server-only";
import { AppError } from "@/lib/core/errors";
import { env } from "@/lib/env";
import type { Store } from "@/lib/store/store";

// Fixed-window limits on the shared store: one atomic INCR per request (a Lua script in Redis,
// a map in embedded mode), so every instance behind a load balancer counts against one number.

export type RateBucket = "default" | "upload";

export interface RatePolicy {
  limit: number;
  windowMs: number;
}

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets (at least 1). */
  resetSeconds: number;
  windowSeconds: number;
}

export function ratePolicy(bucket: RateBucket): RatePolicy {
  const config = env();
  return {
    limit: bucket === "upload" ? config.SIEVE_API_UPLOAD_RATE_LIMIT : config.SIEVE_API_RATE_LIMIT,
    windowMs: config.SIEVE_API_RATE_WINDOW_SECONDS * 1000,
  };
}

/** The window a request at `nowMs` falls into: its index and when it ends. */
export function rateWindow(nowMs: number, windowMs: number) {
  const index = Math.floor(nowMs / windowMs);
  return { index, endsAtMs: (index + 1) * windowMs };
}

/** Pure: what the `count`-th request of a window gets. */
export function rateDecision(count: number, policy: RatePolicy, nowMs: number): RateDecision {
  const { endsAtMs } = rateWindow(nowMs, policy.windowMs);
  return {
    allowed: count <= policy.limit,
    limit: policy.limit,
    remaining: Math.max(0, policy.limit - count),
    resetSeconds: Math.max(1, Math.ceil((endsAtMs - nowMs) / 1000)),
    windowSeconds: Math.round(policy.windowMs / 1000),
  };
}

/** The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers), plus Retry-After on refusal. */
export function rateLimitHeaders(decision: RateDecision): Record<string, string> {
  return {
    "RateLimit-Limit": String(decision.limit),
    "RateLimit-Remaining": String(decision.remaining),
    "RateLimit-Reset": String(decision.resetSeconds),
    "RateLimit-Policy": `${decision.limit};w=${decision.windowSeconds}`,
    ...(decision.allowed ? {} : { "Retry-After": String(decision.resetSeconds) }),
  };
}

/** Counts one request of `subject` (e.g. "token:<id>") in `bucket` and decides. */
export async function consumeRateLimit(store: Store, bucket: RateBucket, subject: string, nowMs = Date.now()): Promise<RateDecision> {
  const policy = ratePolicy(bucket);
  const { index, endsAtMs } = rateWindow(nowMs, policy.windowMs);
  // The key outlives its window slightly so a clock-skewed instance never resurrects a count.
  const count = await store.incr(`ratelimit:${bucket}:${subject}:${index}`, 1, endsAtMs - nowMs + 1000);
  return rateDecision(count, policy, nowMs);
}

export function rateLimitedError(decision: RateDecision): AppError {
  return new AppError(
    "rate_limited",
    `Too many requests: at most ${decision.limit} every ${decision.windowSeconds} s; retry in ${decision.resetSeconds} s`,
    { limit: decision.limit, retryAfterSeconds: decision.resetSeconds },
    { "Retry-After": String(decision.resetSeconds) },
  );
}
