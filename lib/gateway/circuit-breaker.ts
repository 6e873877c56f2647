import type { Lock, Store } from "@/lib/store/store";
import { log } from "@/lib/log";
import {
  admit,
  afterProbe,
  isEarlier,
  opened,
  parseStoredBreaker,
  retryAllowance,
  shouldOpen,
  stateAt,
  sumCounts,
  windowBuckets,
  type BreakerConfig,
  type BreakerState,
  type StoredBreaker,
  type WindowCounts,
} from "@/lib/gateway/breaker-state";

// Breakers per provider+model whose state lives in the shared store, so every instance sees the
// same open circuit. Decisions come from breaker-state.ts; this file only moves data.

export interface BreakerOpenEvent {
  id: string;
  provider: string;
  model: string;
  openedAt: string;
  until: string;
  calls: number;
  failures: number;
}

export interface BreakerStatus {
  id: string;
  provider: string;
  model: string;
  state: BreakerState;
  openedAt: string | null;
  /** When an open breaker lets its next probe through. */
  until: string | null;
  window: { calls: number; failures: number; retries: number; failureRate: number };
}

/** Admission to one upstream attempt; pass it back with the outcome. */
export type Ticket =
  | { ok: true; id: string; state: BreakerState; probe: Lock | null; stored: StoredBreaker }
  | { ok: false; id: string; state: BreakerState; retryAfterMs: number };

const listeners = new Set<(event: BreakerOpenEvent) => void>();

/** Every state change is published here, so each instance's local copy follows at once. */
const CHANGES = "gw:br:changes";
/** A copy older than this is re-read in the background, in case a change message was lost. */
const COPY_FRESH_MS = 1_000;
const known = new Set<string>();

/** Called in the instance that opened a breaker (closed → open), once per opening. Returns an unsubscribe. */
export function onBreakerOpen(listener: (event: BreakerOpenEvent) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export const breakerId = (provider: string, model: string) => `${provider}:${model}`;

function splitId(id: string): { provider: string; model: string } {
  const at = id.indexOf(":");
  return { provider: id.slice(0, at), model: id.slice(at + 1) };
}

/** Breakers this process has used or was told about (configured models), for status pages. */
export function knownBreakerIds(): string[] {
  return [...known].sort();
}

export function rememberBreaker(id: string): void {
  known.add(id);
}

export class CircuitBreakers {
  private readonly pendingOk = new Map<string, number>();
  private okTimer: NodeJS.Timeout | null = null;
  private readonly copies = new Map<string, { stored: StoredBreaker; at: number }>();
  private listening: Promise<unknown> | null = null;

  constructor(
    private readonly store: Store,
    private readonly config: BreakerConfig,
    /** How long a half-open probe may hold its slot: an attempt's whole timeout. */
    private readonly probeTtlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private stateKey = (id: string) => `gw:br:${id}:state`;
  private genKey = (id: string, gen: number, suffix: string) => `gw:br:${id}:g${gen}:${suffix}`;
  private countKey = (id: string, gen: number, bucket: number, kind: keyof WindowCounts) => this.genKey(id, gen, `${bucket}:${kind}`);

  /**
   * The state from this instance's copy, so admitting a call costs no round trip: other instances'
   * changes arrive by pub/sub, and a copy past COPY_FRESH_MS is re-read in the background.
   */
  async read(id: string): Promise<StoredBreaker> {
    this.listening ??= this.store
      .subscribe(CHANGES, (message) => {
        const at = message.indexOf("\n");
        this.keep(message.slice(0, at), parseStoredBreaker(message.slice(at + 1)));
      })
      .catch((error: unknown) => log.warn({ err: error }, "breaker: could not follow state changes"));
    const copy = this.copies.get(id);
    if (!copy) return this.fetch(id);
    if (Date.now() - copy.at > COPY_FRESH_MS) {
      copy.at = Date.now();
      this.fetch(id).catch((error: unknown) => log.warn({ err: error, breaker: id }, "breaker: could not refresh its state"));
    }
    return copy.stored;
  }

  private async fetch(id: string): Promise<StoredBreaker> {
    return this.keep(id, parseStoredBreaker(await this.store.get(this.stateKey(id))));
  }

  /** Keeps `stored` unless the copy already holds a later state (a read can cross a newer message). */
  private keep(id: string, stored: StoredBreaker): StoredBreaker {
    const copy = this.copies.get(id);
    if (copy && isEarlier(stored, copy.stored)) return copy.stored;
    this.copies.set(id, { stored, at: Date.now() });
    return stored;
  }

  private async save(id: string, next: StoredBreaker): Promise<void> {
    this.keep(id, next);
    const text = JSON.stringify(next);
    await this.store.set(this.stateKey(id), text);
    await this.store.publish(CHANGES, `${id}\n${text}`);
  }

  /** `stored` may come from an earlier read() done in parallel with other work. */
  async admit(id: string, stored?: StoredBreaker): Promise<Ticket> {
    known.add(id);
    const current = stored ?? (await this.read(id));
    const now = this.now();
    const decision = admit(current, now);
    const state = stateAt(current, now);
    if (decision.kind === "allow") return { ok: true, id, state, probe: null, stored: current };
    if (decision.kind === "reject") return { ok: false, id, state, retryAfterMs: decision.retryAfterMs };
    const probe = await this.store.acquireLock(this.genKey(id, current.gen, "probe"), this.probeTtlMs);
    return probe ? { ok: true, id, state, probe, stored: current } : { ok: false, id, state, retryAfterMs: Math.min(1000, this.config.openMs) };
  }

  private async windowCounts(id: string, gen: number): Promise<{ total: WindowCounts; current: WindowCounts }> {
    const buckets = windowBuckets(this.now(), this.config);
    const kinds = ["ok", "fail", "retry"] as const;
    // Successes this instance has not written yet count too. They are read before the store is
    // asked, in the same tick: a flush in between would otherwise clear them while its write is
    // still behind our reads, and the window would briefly miss them (and could open wrongly).
    const unwritten = buckets.map((b) => this.pendingOk.get(this.countKey(id, gen, b, "ok")) ?? 0);
    const values = await Promise.all(buckets.flatMap((b) => kinds.map((k) => this.store.get(this.countKey(id, gen, b, k)))));
    const perBucket = buckets.map((b, i) => ({
      ok: Number(values[i * 3] ?? 0) + unwritten[i]!,
      fail: Number(values[i * 3 + 1] ?? 0),
      retry: Number(values[i * 3 + 2] ?? 0),
    }));
    return { total: sumCounts(perBucket), current: perBucket[perBucket.length - 1]! };
  }

  private bump(id: string, gen: number, kind: keyof WindowCounts): Promise<number> {
    const bucket = windowBuckets(this.now(), this.config).at(-1)!;
    return this.store.incr(this.countKey(id, gen, bucket, kind), 1, this.config.windowMs * 2);
  }

  /**
   * Only probes change state on success. Other successes are summed in memory and added to the
   * store every 100 ms: one command per bucket instead of one per call, at the price of the window
   * seeing the latest successes a little late.
   */
  success(ticket: Extract<Ticket, { ok: true }>): Promise<void> {
    if (ticket.probe) return this.finishProbe(ticket, true);
    const bucket = windowBuckets(this.now(), this.config).at(-1)!;
    const key = this.countKey(ticket.id, ticket.stored.gen, bucket, "ok");
    this.pendingOk.set(key, (this.pendingOk.get(key) ?? 0) + 1);
    this.okTimer ??= setTimeout(() => this.flushSuccesses(), 100).unref();
    return Promise.resolve();
  }

  private flushSuccesses(): void {
    this.okTimer = null;
    for (const [key, count] of this.pendingOk) {
      this.store.incr(key, count, this.config.windowMs * 2).catch((error: unknown) => log.warn({ err: error, key }, "breaker: could not count successes"));
    }
    this.pendingOk.clear();
  }

  /** Counts a failure that should count (retryable ones), opening the breaker when the window says so. */
  async failure(ticket: Extract<Ticket, { ok: true }>): Promise<void> {
    if (ticket.probe) return this.finishProbe(ticket, false);
    const { id, stored } = ticket;
    await this.bump(id, stored.gen, "fail");
    const { total } = await this.windowCounts(id, stored.gen);
    if (!shouldOpen(total, this.config)) return;
    // One instance wins the transition for this generation; the others see it on their next read.
    if (!(await this.store.setIfAbsent(this.genKey(id, stored.gen, "opening"), "1", 86_400_000))) return;
    const next = opened({ ...stored, openedAt: undefined }, this.now(), this.config);
    await this.save(id, next);
    this.emitOpen(id, next, total);
  }

  /** Ends an attempt that was neither success nor failure (client error, abort), freeing a probe slot. */
  async release(ticket: Extract<Ticket, { ok: true }>): Promise<void> {
    await ticket.probe?.release();
  }

  /** Takes one retry from the window's retry budget; false when retries would multiply a storm. */
  async takeRetry(id: string, gen: number): Promise<boolean> {
    const { total, current } = await this.windowCounts(id, gen);
    const allowance = retryAllowance(total, this.config);
    if (allowance <= 0) return false;
    const bucket = windowBuckets(this.now(), this.config).at(-1)!;
    const reservation = await this.store.reserve(this.countKey(id, gen, bucket, "retry"), 1, current.retry + allowance, this.config.windowMs * 2);
    return reservation.ok;
  }

  private async finishProbe(ticket: Extract<Ticket, { ok: true }>, succeeded: boolean): Promise<void> {
    const { id, stored } = ticket;
    const successesKey = this.genKey(id, stored.gen, "probe-ok");
    const successes = succeeded ? await this.store.incr(successesKey, 1, 86_400_000) : 0;
    if (!succeeded) await this.store.del(successesKey);
    const next = afterProbe(stored, succeeded, successes, this.now(), this.config);
    if (next !== stored) await this.save(id, next);
    await ticket.probe?.release();
  }

  private emitOpen(id: string, stored: StoredBreaker, counts: WindowCounts): void {
    const event: BreakerOpenEvent = {
      id,
      ...splitId(id),
      openedAt: new Date(stored.openedAt!).toISOString(),
      until: new Date(stored.until!).toISOString(),
      calls: counts.ok + counts.fail,
      failures: counts.fail,
    };
    log.warn({ breaker: event }, "breaker opened");
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        log.error({ err: error, breaker: id }, "breaker: an onBreakerOpen listener threw");
      }
    }
  }

  async status(id: string): Promise<BreakerStatus> {
    const stored = await this.fetch(id);
    const { total } = await this.windowCounts(id, stored.gen);
    const calls = total.ok + total.fail;
    return {
      id,
      ...splitId(id),
      state: stateAt(stored, this.now()),
      openedAt: stored.state === "open" && stored.openedAt ? new Date(stored.openedAt).toISOString() : null,
      until: stored.state === "open" && stored.until ? new Date(stored.until).toISOString() : null,
      window: { calls, failures: total.fail, retries: total.retry, failureRate: calls ? total.fail / calls : 0 },
    };
  }
}
