import crypto from "node:crypto";
import { Redis } from "ioredis";
import type { Lock, Reservation, Store } from "@/lib/store/store";

// Scripts run atomically inside Redis, so concurrent instances see one consistent counter.
const RESERVE = `
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
local amount = tonumber(ARGV[1])
if used + amount > tonumber(ARGV[2]) then return {0, used} end
local after = redis.call('INCRBY', KEYS[1], amount)
if tonumber(ARGV[3]) > 0 and redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
return {1, after}`;

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
};

export class RedisStore implements Store {
  readonly kind = "redis" as const;
  private readonly client: Redis & Scripts;
  private subscriber: Redis | undefined;
  private readonly handlers = new Map<string, Set<(message: string) => void>>();

  constructor(
    private readonly url: string,
    private readonly prefix = "sieve:",
  ) {
    const client = new Redis(url, { keyPrefix: prefix, maxRetriesPerRequest: 2, enableAutoPipelining: true });
    client.defineCommand("sieveReserve", { numberOfKeys: 1, lua: RESERVE });
    client.defineCommand("sieveIncr", { numberOfKeys: 1, lua: INCR_WITH_TTL });
    client.defineCommand("sieveReleaseLock", { numberOfKeys: 1, lua: RELEASE_LOCK });
    client.defineCommand("sieveExtendLock", { numberOfKeys: 1, lua: EXTEND_LOCK });
    client.defineCommand("sieveAppend", { numberOfKeys: 1, lua: APPEND });
    this.client = client as Redis & Scripts;
  }

  async get(key: string) {
    return this.client.get(key);
  }

  async set(key: string, value: string, ttlMs?: number) {
    if (ttlMs) await this.client.set(key, value, "PX", Math.ceil(ttlMs));
    else await this.client.set(key, value);
  }

  async setIfAbsent(key: string, value: string, ttlMs: number) {
    return (await this.client.set(key, value, "PX", Math.ceil(ttlMs), "NX")) === "OK";
  }

  async del(key: string) {
    await this.client.del(key);
  }

  async incr(key: string, by = 1, ttlMs = 0) {
    return Number(await this.client.sieveIncr(key, by, Math.ceil(ttlMs)));
  }

  async acquireLock(key: string, ttlMs: number): Promise<Lock | null> {
    const token = crypto.randomUUID();
    if (!(await this.setIfAbsent(key, token, ttlMs))) return null;
    return {
      key,
      token,
      release: async () => (await this.client.sieveReleaseLock(key, token)) === 1,
      extend: async (ttlMs: number) => (await this.client.sieveExtendLock(key, token, Math.ceil(ttlMs))) === 1,
    };
  }

  async reserve(key: string, amount: number, limit: number, ttlMs = 0): Promise<Reservation> {
    const [ok, used] = await this.client.sieveReserve(key, amount, limit, Math.ceil(ttlMs));
    return { ok: ok === 1, used: Number(used) };
  }

  async append(key: string, value: string, ttlMs = 0) {
    return Number(await this.client.sieveAppend(key, value, Math.ceil(ttlMs)));
  }

  async range(key: string, start: number) {
    return this.client.lrange(key, start, -1);
  }

  async publish(channel: string, message: string) {
    await this.client.publish(this.prefix + channel, message);
  }

  // One subscriber connection per process, fanned out to local handlers.
  async subscribe(channel: string, onMessage: (message: string) => void) {
    const full = this.prefix + channel;
    if (!this.subscriber) {
      this.subscriber = new Redis(this.url, { maxRetriesPerRequest: null });
      this.subscriber.on("message", (ch: string, message: string) => {
        for (const handler of this.handlers.get(ch) ?? []) handler(message);
      });
    }
    let set = this.handlers.get(full);
    if (!set) {
      set = new Set();
      this.handlers.set(full, set);
      await this.subscriber.subscribe(full);
    }
    set.add(onMessage);
    return async () => {
      set.delete(onMessage);
      if (set.size === 0 && this.handlers.get(full) === set) {
        this.handlers.delete(full);
        await this.subscriber?.unsubscribe(full);
      }
    };
  }

  async close() {
    await Promise.all([this.client.quit().catch(() => undefined), this.subscriber?.quit().catch(() => undefined)]);
  }
}
