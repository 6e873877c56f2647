import crypto from "node:crypto";
import { EventEmitter } from "node:events";
import type { CallOpened, CallOpening, Counter, Lock, Reservation, Reservations, Store } from "@/lib/store/store";

interface Entry {
  value: string | string[];
  expiresAt: number | null;
}

/** The single-process store used when no REDIS_URL is configured (embedded mode). */
export class MemoryStore implements Store {
  readonly kind = "memory" as const;
  private readonly entries = new Map<string, Entry>();
  private readonly bus = new EventEmitter().setMaxListeners(0);

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt !== null && entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private put(key: string, value: string | string[], ttlMs?: number, keepTtlFrom?: Entry) {
    const expiresAt = ttlMs ? Date.now() + ttlMs : (keepTtlFrom?.expiresAt ?? null);
    this.entries.set(key, { value, expiresAt });
  }

  async get(key: string) {
    const value = this.live(key)?.value;
    return typeof value === "string" ? value : null;
  }

  async set(key: string, value: string, ttlMs?: number) {
    this.put(key, value, ttlMs);
  }

  async setIfAbsent(key: string, value: string, ttlMs: number) {
    if (this.live(key)) return false;
    this.put(key, value, ttlMs);
    return true;
  }

  async del(key: string) {
    this.entries.delete(key);
  }

  async incr(key: string, by = 1, ttlMs?: number) {
    const entry = this.live(key);
    const next = Number(entry?.value ?? 0) + by;
    this.put(key, String(next), entry ? undefined : ttlMs, entry);
    return next;
  }

  async acquireLock(key: string, ttlMs: number): Promise<Lock | null> {
    const token = crypto.randomUUID();
    if (!(await this.setIfAbsent(key, token, ttlMs))) return null;
    return {
      key,
      token,
      release: async () => {
        if ((await this.get(key)) !== token) return false;
        this.entries.delete(key);
        return true;
      },
      extend: async (ttlMs: number) => {
        if ((await this.get(key)) !== token) return false;
        this.put(key, token, ttlMs);
        return true;
      },
    };
  }

  async reserve(key: string, amount: number, limit: number, ttlMs?: number): Promise<Reservation> {
    const entry = this.live(key);
    const used = Number(entry?.value ?? 0);
    if (used + amount > limit) return { ok: false, used };
    this.put(key, String(used + amount), entry ? undefined : ttlMs, entry);
    return { ok: true, used: used + amount };
  }

  // No await between the check and the writes: atomic in one process, like the Redis script.
  async reserveAll(counters: Counter[], amount: number): Promise<Reservations> {
    const entries = counters.map((c) => this.live(c.key));
    const used = entries.map((e) => Number(e?.value ?? 0));
    const refused = counters.findIndex((c, i) => used[i]! + amount > c.limit);
    if (refused >= 0) return { ok: false, refused, used: used[refused]! };
    counters.forEach((c, i) => this.put(c.key, String(used[i]! + amount), entries[i] ? undefined : c.ttlMs, entries[i]));
    return { ok: true, refused: -1, used: counters.length ? used[0]! + amount : 0 };
  }

  async openCall({ cacheKey, lockKey, lockTtlMs, counters, amount }: CallOpening): Promise<CallOpened> {
    const cached = await this.get(cacheKey);
    if (cached !== null) return { cached, lock: null, reservation: null };
    const lock = await this.acquireLock(lockKey, lockTtlMs);
    return { cached: null, lock, reservation: lock ? await this.reserveAll(counters, amount) : null };
  }

  async append(key: string, value: string, ttlMs?: number) {
    const entry = this.live(key);
    const list = Array.isArray(entry?.value) ? entry.value : [];
    list.push(value);
    this.put(key, list, ttlMs, entry);
    return list.length;
  }

  async range(key: string, start: number) {
    const value = this.live(key)?.value;
    return Array.isArray(value) ? value.slice(start) : [];
  }

  async publish(channel: string, message: string) {
    this.bus.emit(channel, message);
  }

  async subscribe(channel: string, onMessage: (message: string) => void) {
    this.bus.on(channel, onMessage);
    return async () => {
      this.bus.off(channel, onMessage);
    };
  }

  async close() {
    this.entries.clear();
    this.bus.removeAllListeners();
  }
}
