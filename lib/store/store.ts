// The small key-value interface behind caching, locks, counters, budgets, rate limits and live
// streams. Redis implements it in production; an in-process map when no REDIS_URL is set.

export interface Lock {
  key: string;
  token: string;
  /** Releases only if this holder still owns the lock. */
  release(): Promise<boolean>;
  /** Pushes the expiry to `ttlMs` from now if this holder still owns the lock; false when it was lost. */
  extend(ttlMs: number): Promise<boolean>;
}

export interface Reservation {
  ok: boolean;
  /** Total reserved under the key after the call (unchanged when refused). */
  used: number;
}

/** One counter of an all-or-none reservation. */
export interface Counter {
  key: string;
  limit: number;
  /** Applied when the counter is created. */
  ttlMs: number;
}

export interface Reservations {
  ok: boolean;
  /** The first counter that would have gone over its limit (-1 when granted). */
  refused: number;
  /** What that counter held (the granted total of the first counter when ok). */
  used: number;
}

/** A cacheable model call's opening: its cache entry, the cross-instance flight lock, its budget. */
export interface CallOpening {
  cacheKey: string;
  lockKey: string;
  lockTtlMs: number;
  counters: Counter[];
  amount: number;
}

/** Either `cached`, or the lock outcome; the reservation is made only when this caller won the lock. */
export interface CallOpened {
  cached: string | null;
  lock: Lock | null;
  reservation: Reservations | null;
}

export interface Store {
  readonly kind: "redis" | "memory";
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlMs?: number): Promise<void>;
  /** Sets only when the key is absent; true when this call set it. */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  del(key: string): Promise<void>;
  /** Atomically adds `by` and returns the new value; `ttlMs` is applied when the key is created. */
  incr(key: string, by?: number, ttlMs?: number): Promise<number>;
  /** A mutual-exclusion lock that expires by itself if its holder dies. */
  acquireLock(key: string, ttlMs: number): Promise<Lock | null>;
  /**
   * Atomically adds `amount` to the counter at `key` only if the result stays ≤ `limit`
   * (the budget reservation: racing callers can never overshoot together).
   */
  reserve(key: string, amount: number, limit: number, ttlMs?: number): Promise<Reservation>;
  /** Adds `amount` to every counter, or to none when one would go over its limit. */
  reserveAll(counters: Counter[], amount: number): Promise<Reservations>;
  /**
   * The cache lookup, the flight lock and (for the lock's winner) the budget reservation in one
   * atomic step: a model call's miss path costs a single round trip to Redis.
   */
  openCall(opening: CallOpening): Promise<CallOpened>;
  /** Appends to a list and returns its new length (stream logs for resumable streams). */
  append(key: string, value: string, ttlMs?: number): Promise<number>;
  /** Items of a list from `start` (0-based) to the end. */
  range(key: string, start: number): Promise<string[]>;
  publish(channel: string, message: string): Promise<void>;
  /**
   * Returns a function that unsubscribes. `onInterrupted` is called when the subscription's
   * connection drops: messages may be lost until it is back, so the subscriber should re-read.
   */
  subscribe(channel: string, onMessage: (message: string) => void, onInterrupted?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
