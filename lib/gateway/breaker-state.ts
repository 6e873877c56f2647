// Circuit-breaker decisions, pure: the stored state and window counts go in, a decision comes out.
// closed → open when the failure rate over a rolling window crosses the threshold; open → half-open
// once the cool-down passes (one probe at a time); enough successful probes → closed, a failed one → open.

export type BreakerState = "closed" | "open" | "half_open";

export interface BreakerConfig {
  windowMs: number;
  /** The window is kept as this many fixed buckets, so it rolls in steps of windowMs / buckets. */
  buckets: number;
  /** No verdict on fewer calls than this in the window. */
  minCalls: number;
  /** Failure share (0..1) at or above which the breaker opens. */
  failureRate: number;
  /** How long it stays open before letting a probe through. */
  openMs: number;
  /** Successful probes in a row needed to close again. */
  probesToClose: number;
  /** Retries allowed per window as a share of calls, plus `minRetries`: a storm cannot multiply load. */
  retryRatio: number;
  minRetries: number;
}

/** What is kept in the store. `gen` changes each time the breaker closes, so old counts no longer apply. */
export interface StoredBreaker {
  state: "closed" | "open";
  gen: number;
  openedAt?: number;
  until?: number;
}

export interface WindowCounts {
  ok: number;
  fail: number;
  retry: number;
}

export type Admission = { kind: "allow" } | { kind: "probe" } | { kind: "reject"; retryAfterMs: number };

export const initialBreaker: StoredBreaker = { state: "closed", gen: 0 };

export function stateAt(stored: StoredBreaker, now: number): BreakerState {
  if (stored.state === "closed") return "closed";
  return now < (stored.until ?? 0) ? "open" : "half_open";
}

/** Whether a call may go upstream; half-open admits a probe (the caller must still win the probe slot). */
export function admit(stored: StoredBreaker, now: number): Admission {
  const state = stateAt(stored, now);
  if (state === "closed") return { kind: "allow" };
  if (state === "half_open") return { kind: "probe" };
  return { kind: "reject", retryAfterMs: (stored.until ?? now) - now };
}

export function shouldOpen(counts: WindowCounts, config: BreakerConfig): boolean {
  const calls = counts.ok + counts.fail;
  return calls >= config.minCalls && counts.fail / calls >= config.failureRate;
}

export function opened(stored: StoredBreaker, now: number, config: BreakerConfig): StoredBreaker {
  return { state: "open", gen: stored.gen, openedAt: stored.openedAt ?? now, until: now + config.openMs };
}

export function closed(stored: StoredBreaker): StoredBreaker {
  return { state: "closed", gen: stored.gen + 1 };
}

/** After a probe: close once enough probes in a row succeeded, reopen on any failure. */
export function afterProbe(stored: StoredBreaker, succeeded: boolean, probeSuccesses: number, now: number, config: BreakerConfig): StoredBreaker {
  if (!succeeded) return opened(stored, now, config);
  return probeSuccesses >= config.probesToClose ? closed(stored) : stored;
}

/** How many retries this window may still start. */
export function retryAllowance(counts: WindowCounts, config: BreakerConfig): number {
  return Math.max(0, Math.floor(config.retryRatio * (counts.ok + counts.fail)) + config.minRetries - counts.retry);
}

export function bucketMs(config: BreakerConfig): number {
  return Math.max(1, Math.floor(config.windowMs / config.buckets));
}

/** Bucket numbers covering the window that ends now, oldest first. */
export function windowBuckets(now: number, config: BreakerConfig): number[] {
  const current = Math.floor(now / bucketMs(config));
  return Array.from({ length: config.buckets }, (_, i) => current - config.buckets + 1 + i);
}

export function sumCounts(counts: WindowCounts[]): WindowCounts {
  return counts.reduce((a, b) => ({ ok: a.ok + b.ok, fail: a.fail + b.fail, retry: a.retry + b.retry }), { ok: 0, fail: 0, retry: 0 });
}

/**
 * Whether `a` is an earlier state than `b`. States only move forward: a generation's close starts
 * the next one, and within one, open follows closed and a later reopening follows an earlier one.
 */
export function isEarlier(a: StoredBreaker, b: StoredBreaker): boolean {
  const rank = (s: StoredBreaker) => [s.gen, s.state === "open" ? 1 : 0, s.until ?? 0] as const;
  const [x, y] = [rank(a), rank(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]!;
  return false;
}

export function parseStoredBreaker(text: string | null): StoredBreaker {
  if (!text) return initialBreaker;
  try {
    const value = JSON.parse(text) as Partial<StoredBreaker>;
    if ((value.state === "open" || value.state === "closed") && typeof value.gen === "number") return value as StoredBreaker;
  } catch {
    // A corrupt entry reads as closed: failing open is better than blocking every call.
  }
  return initialBreaker;
}
