import { APICallError } from "ai";
import { describe, expect, it } from "vitest";
import { backoffMs, classifyFailure, decideRetry, parseDuration, retryAfterMs, type Failure, type RetryConfig } from "@/lib/gateway/retry-policy";

const config: RetryConfig = { maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 30_000 };
const how = { timedOut: false, callerAborted: false, now: 0 };

function apiError(statusCode: number | undefined, headers: Record<string, string> = {}, isRetryable = false) {
  return new APICallError({ message: `status ${statusCode}`, url: "http://sim/v1/chat/completions", requestBodyValues: {}, statusCode, responseHeaders: headers, isRetryable });
}

describe("full-jitter backoff", () => {
  it("spreads uniformly up to base · 2^(n−1)", () => {
    expect(backoffMs(1, config, 0)).toBe(0);
    expect(backoffMs(1, config, 0.999)).toBe(499);
    expect(backoffMs(2, config, 0.5)).toBe(500);
    expect(backoffMs(3, config, 0.5)).toBe(1000);
  });

  it("never exceeds the cap however many attempts failed", () => {
    expect(backoffMs(30, config, 0.999999)).toBeLessThan(8_000);
    expect(backoffMs(30, config, 0.5)).toBe(4_000);
  });
});

describe("retry decisions", () => {
  const retryable: Failure = { errorClass: "server_error", retryable: true, status: 500, message: "x" };

  it("retries a retryable failure while attempts remain", () => {
    expect(decideRetry(1, retryable, config, 0.5)).toEqual({ retry: true, delayMs: 250 });
    expect(decideRetry(2, retryable, config, 0.5)).toEqual({ retry: true, delayMs: 500 });
  });

  it("stops at the attempt cap", () => {
    expect(decideRetry(3, retryable, config, 0.5)).toEqual({ retry: false, reason: "attempts_exhausted" });
  });

  it("never retries a client error", () => {
    expect(decideRetry(1, { errorClass: "client_error", retryable: false, status: 400, message: "x" }, config, 0.5)).toEqual({ retry: false, reason: "not_retryable" });
  });

  it("waits at least what Retry-After asks", () => {
    expect(decideRetry(1, { ...retryable, errorClass: "rate_limited", retryAfterMs: 2_000 }, config, 0.1)).toEqual({ retry: true, delayMs: 2_000 });
  });

  it("gives up rather than wait longer than the configured maximum", () => {
    expect(decideRetry(1, { ...retryable, retryAfterMs: 120_000 }, config, 0.1)).toEqual({ retry: false, reason: "retry_after_too_long" });
  });
});

describe("Retry-After parsing", () => {
  it("reads milliseconds, seconds and HTTP dates", () => {
    expect(retryAfterMs({ "retry-after-ms": "150" }, 0)).toBe(150);
    expect(retryAfterMs({ "retry-after": "7" }, 0)).toBe(7_000);
    const now = Date.parse("2026-11-25T12:00:00Z");
    expect(retryAfterMs({ "retry-after": "Wed, 25 Nov 2026 12:00:03 GMT" }, now)).toBe(3_000);
  });

  it("falls back to OpenAI's rate-limit reset headers", () => {
    expect(retryAfterMs({ "x-ratelimit-reset-requests": "1s", "x-ratelimit-reset-tokens": "6m0s" }, 0)).toBe(360_000);
    expect(retryAfterMs({}, 0)).toBeUndefined();
  });

  it("parses Go-style durations and rejects anything else", () => {
    expect(parseDuration("20ms")).toBe(20);
    expect(parseDuration("1h2m3.5s")).toBe(3_723_500);
    expect(parseDuration("soon")).toBeUndefined();
  });
});

describe("failure classification", () => {
  it.each([
    [429, "rate_limited", true],
    [500, "server_error", true],
    [503, "server_error", true],
    [408, "timeout", true],
    [400, "client_error", false],
    [401, "client_error", false],
    [403, "client_error", false],
    [422, "client_error", false],
  ] as const)("status %i is %s (retryable: %s)", (status, errorClass, retryable) => {
    expect(classifyFailure(apiError(status), how)).toMatchObject({ errorClass, retryable, status });
  });

  it("carries the upstream's Retry-After", () => {
    expect(classifyFailure(apiError(429, { "retry-after": "2" }), how).retryAfterMs).toBe(2_000);
  });

  it("treats connection failures and unreadable 200 bodies as retryable", () => {
    expect(classifyFailure(apiError(undefined, {}, true), how)).toMatchObject({ errorClass: "connection", retryable: true });
    expect(classifyFailure(apiError(200), how)).toMatchObject({ errorClass: "malformed_response", retryable: true });
    expect(classifyFailure(Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }), how)).toMatchObject({ errorClass: "connection" });
    expect(classifyFailure(new TypeError("terminated"), how)).toMatchObject({ errorClass: "connection", retryable: true });
  });

  it("reads provider error payloads inside streams", () => {
    expect(classifyFailure({ error: { type: "server_error", message: "boom" } }, how)).toMatchObject({ errorClass: "server_error", retryable: true, message: "boom" });
  });

  it("retries our own timeout but never the caller's abort", () => {
    const abort = new DOMException("aborted", "AbortError");
    expect(classifyFailure(abort, { ...how, timedOut: true })).toMatchObject({ errorClass: "timeout", retryable: true });
    expect(classifyFailure(abort, { ...how, callerAborted: true })).toMatchObject({ errorClass: "aborted", retryable: false });
  });

  it("does not retry what it cannot recognise", () => {
    expect(classifyFailure(new Error("bug"), how)).toMatchObject({ errorClass: "unknown", retryable: false });
  });
});
