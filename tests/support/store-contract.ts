import { afterEach, beforeEach, expect, it } from "vitest";
import type { Store } from "@/lib/store/store";

/** The behaviour both stores must share, so embedded mode behaves like Redis. */
export function describeStoreContract(make: () => Store) {
  let store: Store;
  beforeEach(() => {
    store = make();
  });
  afterEach(async () => {
    await store.close();
  });

  it("stores values and forgets them after their TTL", async () => {
    await store.set("a", "1", 40);
    expect(await store.get("a")).toBe("1");
    await new Promise((r) => setTimeout(r, 80));
    expect(await store.get("a")).toBeNull();
  });

  it("sets a key only once while it is present", async () => {
    expect(await store.setIfAbsent("once", "x", 1000)).toBe(true);
    expect(await store.setIfAbsent("once", "y", 1000)).toBe(false);
    expect(await store.get("once")).toBe("x");
  });

  it("increments atomically under concurrency", async () => {
    await Promise.all(Array.from({ length: 50 }, () => store.incr("n", 2, 5000)));
    expect(await store.incr("n", 0)).toBe(100);
  });

  it("gives a lock to one holder and releases only for that holder", async () => {
    const first = await store.acquireLock("l", 1000);
    expect(first).not.toBeNull();
    expect(await store.acquireLock("l", 1000)).toBeNull();
    expect(await first!.release()).toBe(true);
    expect(await first!.release()).toBe(false);
    expect(await store.acquireLock("l", 1000)).not.toBeNull();
  });

  it("extends a lock only for its holder, and a lease not renewed lapses by itself", async () => {
    const lease = await store.acquireLock("lease", 300);
    expect(await lease!.extend(5000)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await store.acquireLock("lease", 300)).toBeNull();
    await lease!.release();
    const lapsing = await store.acquireLock("lease", 200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await lapsing!.extend(5000)).toBe(false);
    expect(await store.acquireLock("lease", 200)).not.toBeNull();
  });

  it("never lets racing reservations exceed the limit", async () => {
    const results = await Promise.all(Array.from({ length: 40 }, () => store.reserve("budget", 7, 100, 5000)));
    const granted = results.filter((r) => r.ok).length;
    expect(granted).toBe(14);
    expect(await store.incr("budget", 0)).toBe(98);
  });

  it("reserves on every counter or on none, naming the counter that refused", async () => {
    const counters = [
      { key: "run", limit: 100, ttlMs: 5000 },
      { key: "day", limit: 30, ttlMs: 5000 },
    ];
    expect(await store.reserveAll(counters, 20)).toEqual({ ok: true, refused: -1, used: 20 });
    expect(await store.reserveAll(counters, 20)).toEqual({ ok: false, refused: 1, used: 20 });
    expect([await store.incr("run", 0), await store.incr("day", 0)]).toEqual([20, 20]);
  });

  it("opens a call in one step: the cached answer, or the flight lock and then the reservation", async () => {
    const opening = { cacheKey: "answer", lockKey: "answer:flight", lockTtlMs: 1000, counters: [{ key: "cap", limit: 50, ttlMs: 5000 }], amount: 30 };
    const first = await store.openCall(opening);
    expect(first).toMatchObject({ cached: null, reservation: { ok: true, used: 30 } });
    expect(first.lock).not.toBeNull();
    // Another caller of the same request waits for the lock holder's answer and reserves nothing.
    expect(await store.openCall(opening)).toEqual({ cached: null, lock: null, reservation: null });
    expect(await store.incr("cap", 0)).toBe(30);
    await first.lock!.release();
    expect(await store.openCall(opening)).toMatchObject({ cached: null, reservation: { ok: false, refused: 0, used: 30 } });
    await store.set("answer", "{}", 1000);
    expect(await store.openCall(opening)).toEqual({ cached: "{}", lock: null, reservation: null });
  });

  it("appends to a list and reads it from an offset", async () => {
    await store.append("log", "a", 5000);
    await store.append("log", "b");
    expect(await store.append("log", "c")).toBe(3);
    expect(await store.range("log", 1)).toEqual(["b", "c"]);
  });

  it("delivers published messages to subscribers until they unsubscribe", async () => {
    const got: string[] = [];
    const unsubscribe = await store.subscribe("ch", (m) => got.push(m));
    await store.publish("ch", "one");
    await new Promise((r) => setTimeout(r, 50));
    await unsubscribe();
    await store.publish("ch", "two");
    await new Promise((r) => setTimeout(r, 50));
    expect(got).toEqual(["one"]);
  });
}
