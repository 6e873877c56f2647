import { describe, expect, it } from "vitest";
import { afterFailedAttempt, retryDelayMs } from "@/lib/alerts/delivery-backoff";
import { sign, verify } from "@/lib/alerts/webhook-signature";

const backoff = { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 5_000 };

describe("webhook signature", () => {
  it("signs the timestamp with the body and verifies only the same secret, body and recent time", () => {
    const header = sign("s3cret-s3cret-s3cret", '{"a":1}', 1_700_000_000);
    expect(header).toMatch(/^t=1700000000,v1=[0-9a-f]{64}$/);
    expect(verify("s3cret-s3cret-s3cret", '{"a":1}', header, 1_700_000_100)).toBe(true);
    expect(verify("s3cret-s3cret-s3cret", '{"a":2}', header, 1_700_000_100)).toBe(false);
    expect(verify("other-secret-other", '{"a":1}', header, 1_700_000_100)).toBe(false);
    expect(verify("s3cret-s3cret-s3cret", '{"a":1}', header, 1_700_000_000 + 301)).toBe(false);
    expect(verify("s3cret-s3cret-s3cret", '{"a":1}', "garbage", 1_700_000_000)).toBe(false);
  });
});

describe("delivery backoff", () => {
  it("doubles the step per attempt, jitters within its upper half and caps it", () => {
    expect(retryDelayMs(1, 0, backoff)).toBe(500);
    expect(retryDelayMs(1, 1, backoff)).toBe(1_000);
    expect(retryDelayMs(3, 0, backoff)).toBe(2_000);
    expect(retryDelayMs(10, 1, backoff)).toBe(5_000);
  });

  it("gives up after the last attempt", () => {
    const now = new Date(0);
    expect(afterFailedAttempt(1, now, 0.5, backoff)).toEqual({ status: "pending", retryAt: new Date(750) });
    expect(afterFailedAttempt(4, now, 0.5, backoff)).toEqual({ status: "failed" });
  });
});
