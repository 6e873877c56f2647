import crypto from "node:crypto";
import { Redis } from "ioredis";
import type { CallOpened, CallOpening, Counter, Lock, Reservation, Reservations, Store } from "@/lib/store/store";

// Scripts run atomically inside Redis, so concurrent instances see one consistent counter.
const RESERVE = `
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
local amount = tonumber(ARGV[1])
if used + amount > tonumber(ARGV[2]) then return {0, used} end
local after = redis.call('INCRBY', KEYS[1], amount)
if tonumber(ARGV[3]) > 0 and redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
return {1, after}`;

// All counters or none: KEYS[first..] against (limit, ttl) pairs in ARGV from `base`.
const RESERVE_ALL_FN = `
local function reserve_all(first, amount, base)
  for j = first, #KEYS do
    local used = tonumber(redis.call('GET', KEYS[j]) or '0')
    if used + amount > tonumber(ARGV[base + (j - first) * 2]) then return {0, j - first, used} end
  end
  local total = 0
  for j = first, #KEYS do
    local after = redis.call('INCRBY', KEYS[j], amount)
    if j == first then total = after end
    local ttl = tonumber(ARGV[base + (j - first) * 2 + 1])
    if ttl > 0 and redis.call('PTTL', KEYS[j]) < 0 then redis.call('PEXPIRE', KEYS[j], ttl) end
  end
  return {1, -1, total}
end`;

const RESERVE_ALL = `${RESERVE_ALL_FN}
return reserve_all(1, tonumber(ARGV[1]), 2)`;

// KEYS: cache entry, flight lock, counters. ARGV: lock token, lock TTL, amount, (limit, ttl) pairs.
const OPEN_CALL = `${RESERVE_ALL_FN}
local cached = redis.call('GET', KEYS[1])
if cached then return {cached} end
if not redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2], 'NX') then return {false, 0} end
local r = reserve_all(3, tonumber(ARGV[3]), 4)
return {false, 1, r[1], r[2], r[3]}`;

const INCR_WITH_TTL = `
local after = redis.call('INCRBY', KEYS[1], ARGV[1])
if tonumber(ARGV[2]) > 0 and redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return after`;

const RELEASE_LOCK = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

const EXTEND_LOCK = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;

const APPEND = `
local n = redis.call('RPUSH', KEYS[1], ARGV[1])
if tonumber(ARGV[2]) > 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return n`;

type Scripts = {
  sieveReserve(key: string, amount: number, limit: number, ttlMs: number): Promise<[number, number]>;
  sieveIncr(key: string, by: number, ttlMs: number): Promise<number>;
  sieveReleaseLock(key: string, token: string): Promise<number>;
  sieveExtendLock(key: string, token: string, ttlMs: number): Promise<number>;
  sieveAppend(key: string, value: string, ttlMs: number): Promise<number>;
  sieveReserveAll(numberOfKeys: number, ...args: Array<string | number>): Promise<[number, number, number]>;
  sieveOpenCall(numberOfKeys: number, ...args: Array<string | number>): Promise<[string | null, number?, number?, number?, number?]>;
};

const counterArgs = (counters: Counter[]) => counters.flatMap((c) => [c.limit, Math.ceil(c.ttlMs)]);
const reservations = ([ok, refused, used]: [number, number, number]): Reservations => ({ ok: ok === 1, refused: Number(refused), used: Number(used) });
// Fail fast while Redis is away: a command waits at most this long for an answer, and nothing
// queues behind a dead connection (the caller gets an error it can turn into 503 + Retry-After).
const COMMAND_TIMEOUT_MS = 1_500;
/** How long a call waits for a connection that is not up yet (start-up, or a reconnect under way). */
const CONNECT_WAIT_MS = 1_500;
const CLIENT_OPTIONS = {
  commandTimeout: COMMAND_TIMEOUT_MS,
  connectTimeout: CONNECT_WAIT_MS,
  enableOfflineQueue: false,
  maxRetriesPerRequest: 1,
  // Reconnect quickly once Redis is back: attempts 100 ms apart, growing to 1 s.
  retryStrategy: (attempt: number) => Math.min(attempt * 100, 1_000),
} as const;

/** Redis cannot be reached right now; retrying later may succeed. */
export class StoreUnavailableError extends Error {
  override readonly name = "StoreUnavailableError";
}

/** Resolves once `client` is connected, or rejects after CONNECT_WAIT_MS. */
function whenReady(client: Redis): Promise<void> {
  if (client.status === "ready") return Promise.resolve();
  if (client.status === "end") return Promise.reject(new StoreUnavailableError("Redis connection is closed"));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off("ready", onReady);
      reject(new StoreUnavailableError("Redis is not reachable"));
    }, CONNECT_WAIT_MS);
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    client.once("ready", onReady);
  });
}

export class RedisStore implements Store {
  readonly kind = "redis" as const;
  private readonly connection: Redis & Scripts;
  private corked = false;
  private subscriber: Redis | undefined;
  private readonly handlers = new Map<string, Set<(message: string) => void>>();
  private readonly interruptedHandlers = new Set<() => void>();

  constructor(
    private readonly url: string,
    private readonly prefix = "sieve:",
  ) {
    // No auto-pipelining: it sends on setImmediate and keeps one pipeline in flight, so under load a
    // command waited for the previous batch's replies too (see `client` for what replaces it).
    const client = new Redis(url, { ...CLIENT_OPTIONS, keyPrefix: prefix });
    // Connection errors reach callers as rejected commands; without a listener ioredis would log each retry.
    client.on("error", () => undefined).setMaxListeners(0);
    client.defineCommand("sieveReserve", { numberOfKeys: 1, lua: RESERVE });
    client.defineCommand("sieveIncr", { numberOfKeys: 1, lua: INCR_WITH_TTL });
    client.defineCommand("sieveReleaseLock", { numberOfKeys: 1, lua: RELEASE_LOCK });
    client.defineCommand("sieveExtendLock", { numberOfKeys: 1, lua: EXTEND_LOCK });
    client.defineCommand("sieveAppend", { numberOfKeys: 1, lua: APPEND });
    client.defineCommand("sieveReserveAll", { lua: RESERVE_ALL });
    client.defineCommand("sieveOpenCall", { lua: OPEN_CALL });
    this.connection = client as Redis & Scripts;
  }

  /**
   * The connection, corked until the end of this tick: the commands one callback issues leave in
   * one write at once, and the socket makes one system call instead of one per command.
   */
  private get client(): Redis & Scripts {
    const stream = this.connection.stream as Redis["stream"] | undefined;
    if (!this.corked && stream?.writable) {
      stream.cork();
      this.corked = true;
      process.nextTick(() => {
        this.corked = false;
        stream.uncork();
      });
    }
    return this.connection;
  }

  // Each call checks the connection first, without awaiting when it is up: commands are then sent
  // synchronously, in call order (RunEventWriter relies on that for its seq order).
  async get(key: string) {
    if (this.client.status !== "ready") await whenReady(this.client);
    return this.client.get(key);
  }

  async set(key: string, value: string, ttlMs?: number) {
    if (this.client.status !== "ready") await whenReady(this.client);
    if (ttlMs) await this.client.set(key, value, "PX", Math.ceil(ttlMs));
    else await this.client.set(key, value);
  }

  async setIfAbsent(key: string, value: string, ttlMs: number) {
    if (this.client.status !== "ready") await whenReady(this.client);
    return (await this.client.set(key, value, "PX", Math.ceil(ttlMs), "NX")) === "OK";
  }

  async del(key: string) {
    if (this.client.status !== "ready") await whenReady(this.client);
    await this.client.del(key);
  }

  async incr(key: string, by = 1, ttlMs = 0) {
    if (this.client.status !== "ready") await whenReady(this.client);
    return Number(await this.client.sieveIncr(key, by, Math.ceil(ttlMs)));
  }

  private heldLock(key: string, token: string): Lock {
    return {
      key,
      token,
      release: async () => (await this.client.sieveReleaseLock(key, token)) === 1,
      extend: async (ttlMs: number) => (await this.client.sieveExtendLock(key, token, Math.ceil(ttlMs))) === 1,
    };
  }

  async acquireLock(key: string, ttlMs: number): Promise<Lock | null> {
    const token = crypto.randomUUID();
    if (!(await this.setIfAbsent(key, token, ttlMs))) return null;
    return this.heldLock(key, token);
  }

  async reserveAll(counters: Counter[], amount: number): Promise<Reservations> {
    if (counters.length === 0) return { ok: true, refused: -1, used: 0 };
    if (this.client.status !== "ready") await whenReady(this.client);
    return reservations(await this.client.sieveReserveAll(counters.length, ...counters.map((c) => c.key), amount, ...counterArgs(counters)));
  }

  async openCall({ cacheKey, lockKey, lockTtlMs, counters, amount }: CallOpening): Promise<CallOpened> {
    const token = crypto.randomUUID();
    if (this.client.status !== "ready") await whenReady(this.client);
    const [cached, locked, ...reserved] = await this.client.sieveOpenCall(
      2 + counters.length,
      cacheKey,
      lockKey,
      ...counters.map((c) => c.key),
      token,
      Math.ceil(lockTtlMs),
      amount,
      ...counterArgs(counters),
    );
    if (cached !== null) return { cached, lock: null, reservation: null };
    if (locked !== 1) return { cached: null, lock: null, reservation: null };
    return { cached: null, lock: this.heldLock(lockKey, token), reservation: reservations(reserved as [number, number, number]) };
  }

  async reserve(key: string, amount: number, limit: number, ttlMs = 0): Promise<Reservation> {
    if (this.client.status !== "ready") await whenReady(this.client);
    const [ok, used] = await this.client.sieveReserve(key, amount, limit, Math.ceil(ttlMs));
    return { ok: ok === 1, used: Number(used) };
  }

  async append(key: string, value: string, ttlMs = 0) {
    if (this.client.status !== "ready") await whenReady(this.client);
    return Number(await this.client.sieveAppend(key, value, Math.ceil(ttlMs)));
  }

  async range(key: string, start: number) {
    if (this.client.status !== "ready") await whenReady(this.client);
    return this.client.lrange(key, start, -1);
  }

  async publish(channel: string, message: string) {
    if (this.client.status !== "ready") await whenReady(this.client);
    await this.client.publish(this.prefix + channel, message);
  }

  // One subscriber connection per process, fanned out to local handlers.
  async subscribe(channel: string, onMessage: (message: string) => void, onInterrupted?: () => void) {
    const full = this.prefix + channel;
    if (!this.subscriber) {
      this.subscriber = new Redis(this.url, CLIENT_OPTIONS);
      this.subscriber.on("error", () => undefined).setMaxListeners(0);
      this.subscriber.on("message", (ch: string, message: string) => {
        for (const handler of this.handlers.get(ch) ?? []) handler(message);
      });
      this.subscriber.on("close", () => {
        for (const handler of this.interruptedHandlers) handler();
      });
    }
    let set = this.handlers.get(full);
    if (!set) {
      set = new Set();
      this.handlers.set(full, set);
      try {
        if (this.subscriber.status !== "ready") await whenReady(this.subscriber);
        await this.subscriber.subscribe(full);
      } catch (error) {
        // Not subscribed, so the next caller must try again rather than find a dead entry.
        if (this.handlers.get(full) === set) this.handlers.delete(full);
        throw error;
      }
    }
    set.add(onMessage);
    if (onInterrupted) this.interruptedHandlers.add(onInterrupted);
    return async () => {
      set.delete(onMessage);
      if (onInterrupted) this.interruptedHandlers.delete(onInterrupted);
      if (set.size === 0 && this.handlers.get(full) === set) {
        this.handlers.delete(full);
        await this.subscriber?.unsubscribe(full);
      }
    };
  }

  async close() {
    await Promise.all([this.connection.quit().catch(() => undefined), this.subscriber?.quit().catch(() => undefined)]);
  }
}
