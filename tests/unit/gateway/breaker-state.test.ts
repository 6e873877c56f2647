import { describe, expect, it } from "vitest";
import {
  admit,
  afterProbe,
  closed,
  initialBreaker,
  isEarlier,
  opened,
  parseStoredBreaker,
  retryAllowance,
  shouldOpen,
  stateAt,
  windowBuckets,
  type BreakerConfig,
} from "@/lib/gateway/breaker-state";

const config: BreakerConfig = { windowMs: 10_000, buckets: 5, minCalls: 10, failureRate: 0.5, openMs: 5_000, probesToClose: 2, retryRatio: 0.1, minRetries: 2 };

describe("breaker transitions", () => {
  it("lets calls through while closed", () => {
    expect(admit(initialBreaker, 0)).toEqual({ kind: "allow" });
  });

  it("opens only once the window holds enough calls at the failure threshold", () => {
    expect(shouldOpen({ ok: 0, fail: 9, retry: 0 }, config)).toBe(false);
    expect(shouldOpen({ ok: 5, fail: 5, retry: 0 }, config)).toBe(true);
    expect(shouldOpen({ ok: 6, fail: 4, retry: 0 }, config)).toBe(false);
  });

  it("rejects while open and says when to come back", () => {
    const open = opened(initialBreaker, 1_000, config);
    expect(stateAt(open, 1_000)).toBe("open");
    expect(admit(open, 2_000)).toEqual({ kind: "reject", retryAfterMs: 4_000 });
  });

  it("turns half-open after the cool-down and admits a probe", () => {
    const open = opened(initialBreaker, 1_000, config);
    expect(stateAt(open, 6_000)).toBe("half_open");
    expect(admit(open, 6_000)).toEqual({ kind: "probe" });
  });

  it("closes after enough successful probes, with a new generation", () => {
    const open = opened(initialBreaker, 0, config);
    expect(afterProbe(open, true, 1, 6_000, config)).toBe(open);
    expect(afterProbe(open, true, 2, 6_000, config)).toEqual({ state: "closed", gen: 1 });
  });

  it("reopens on a failed probe for another cool-down, keeping when it first opened", () => {
    const open = opened(initialBreaker, 0, config);
    expect(afterProbe(open, false, 0, 6_000, config)).toEqual({ state: "open", gen: 0, openedAt: 0, until: 11_000 });
  });

  it("orders states so a late read cannot undo a newer change: open after closed, reopening after opening, the next generation last", () => {
    const open = opened(initialBreaker, 0, config);
    const reopened = afterProbe(open, false, 0, 6_000, config);
    const next = closed(reopened);
    expect([isEarlier(initialBreaker, open), isEarlier(open, reopened), isEarlier(reopened, next)]).toEqual([true, true, true]);
    expect([isEarlier(open, initialBreaker), isEarlier(next, reopened), isEarlier(open, open)]).toEqual([false, false, false]);
  });

  it("reads a missing or corrupt stored state as closed", () => {
    expect(parseStoredBreaker(null)).toEqual(initialBreaker);
    expect(parseStoredBreaker("{not json")).toEqual(initialBreaker);
    expect(parseStoredBreaker(JSON.stringify(closed({ state: "open", gen: 3 })))).toEqual({ state: "closed", gen: 4 });
  });
});

describe("rolling window", () => {
  it("covers the last windowMs in fixed buckets, oldest first", () => {
    expect(windowBuckets(10_000, config)).toEqual([1, 2, 3, 4, 5]);
    expect(windowBuckets(11_999, config)).toEqual([1, 2, 3, 4, 5]);
    expect(windowBuckets(12_000, config)).toEqual([2, 3, 4, 5, 6]);
  });
});

describe("retry budget", () => {
  it("allows a few retries on a quiet model", () => {
    expect(retryAllowance({ ok: 0, fail: 1, retry: 0 }, config)).toBe(2);
  });

  it("caps retries at a share of calls so a storm is not multiplied", () => {
    expect(retryAllowance({ ok: 0, fail: 50, retry: 0 }, config)).toBe(7);
    expect(retryAllowance({ ok: 0, fail: 50, retry: 7 }, config)).toBe(0);
  });
});
