import { describe, expect, it } from "vitest";
import { rateDecision, rateLimitHeaders, rateWindow } from "@/lib/http/rate-limit";

const policy = { limit: 3, windowMs: 60_000 };
const start = 1_700_000_080_000; // 40 s into a 60 s window (windows start at multiples of 60 s)

describe("fixed-window rate decisions", () => {
  it("allows up to the limit and counts down what remains", () => {
    expect([1, 2, 3].map((n) => rateDecision(n, policy, start)).map((d) => [d.allowed, d.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
    ]);
  });

  it("refuses past the limit, with the seconds left in the window as Retry-After", () => {
    const refused = rateDecision(4, policy, start);
    expect(refused).toMatchObject({ allowed: false, remaining: 0, resetSeconds: 20 });
    expect(rateLimitHeaders(refused)).toEqual({
      "RateLimit-Limit": "3",
      "RateLimit-Remaining": "0",
      "RateLimit-Reset": "20",
      "RateLimit-Policy": "3;w=60",
      "Retry-After": "20",
    });
    expect(rateLimitHeaders(rateDecision(1, policy, start))).not.toHaveProperty("Retry-After");
  });

  it("never tells a client to retry in 0 seconds", () => {
    expect(rateDecision(9, policy, rateWindow(start, 60_000).endsAtMs - 1).resetSeconds).toBe(1);
  });

  it("starts a fresh window at the boundary", () => {
    const { index, endsAtMs } = rateWindow(start, 60_000);
    expect(rateWindow(endsAtMs, 60_000).index).toBe(index + 1);
    expect(rateWindow(endsAtMs - 1, 60_000).index).toBe(index);
  });
});
