import { generateText } from "ai";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { flushCallRecords } from "@/lib/gateway/call-recorder";
import { breakerId, onBreakerOpen, type BreakerOpenEvent } from "@/lib/gateway/circuit-breaker";
import { createGateway, type Gateway } from "@/lib/gateway/gateway";
import type { RedisStore } from "@/lib/store/redis-store";
import { faults } from "@/tests/simulator/faults";
import { startSimulator, type Simulator } from "@/tests/simulator/server";
import { closeStores, createRun, fastConfig, freshStore, freshStores, simTarget, unique } from "./gateway-fixture";

let sim: Simulator;
let store: RedisStore;
let gateway: Gateway;
let runId: string;
let opened: BreakerOpenEvent[];
let stopListening: () => void;

beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim.close();
  await closeStores();
});
beforeEach(async () => {
  sim.reset();
  sim.setScript(() => ({ text: "ok" }));
  store = freshStore();
  gateway = createGateway({ store, config: fastConfig });
  runId = (await createRun(1_000_000)).run.id;
  opened = [];
  stopListening = onBreakerOpen((event) => opened.push(event));
});
afterEach(async () => {
  stopListening();
  await flushCallRecords();
});

const primary = () => simTarget(sim, "gpt-4.1-mini");
const call = (g: Gateway = gateway, targets = [primary()] as [ReturnType<typeof primary>, ...ReturnType<typeof primary>[]]) =>
  generateText({ model: g.model(targets, { agent: "classification", runId, budgetCapMicros: 1_000_000 }), prompt: unique("q"), maxRetries: 0 });
const outcome = (promise: Promise<unknown>) => promise.then(() => "ok", (error: { code?: string }) => error.code ?? "other");

/** Fails every request for the primary model until the window closes. */
function failPrimary(durationMs = 60_000) {
  sim.openFaultWindow({ fault: faults.serverError(), durationMs, models: ["gpt-4.1-mini"] });
}

async function openBreaker() {
  failPrimary();
  // minCalls is 4: a few failing calls open it (each may retry within the retry budget).
  for (let i = 0; i < 4 && (await gateway.breakers.status(breakerId("openai", "gpt-4.1-mini"))).state === "closed"; i++) await outcome(call());
}

describe("circuit breaker", () => {
  it("opens on the failure rate, then fails fast without touching the upstream", async () => {
    gateway = createGateway({ store, config: { ...fastConfig, breaker: { ...fastConfig.breaker, openMs: 5_000 } } });
    await openBreaker();
    const upstreamBefore = sim.stats().total;
    const results = await Promise.all(Array.from({ length: 20 }, () => call().catch((error: unknown) => error)));

    expect(sim.stats().total).toBe(upstreamBefore);
    expect(results[0]).toMatchObject({ code: "unavailable", status: 503, details: { provider: "openai", model: "gpt-4.1-mini", breakerState: "open" } });
    expect((results[0] as { headers: Record<string, string> }).headers["retry-after"]).toBeDefined();
    await flushCallRecords();
    // Retries of the calls that opened it were refused too (attempt > 1); these 20 never got an attempt.
    expect(await db.modelCall.count({ where: { runId, attempt: 1, errorClass: "breaker_open", breakerState: "open" } })).toBe(20);
  });

  it("stays closed while most calls succeed", async () => {
    for (let i = 0; i < 10; i++) await call();
    sim.queueFaults(...Array.from({ length: 6 }, () => faults.serverError()));
    await Promise.all(Array.from({ length: 3 }, () => outcome(call())));

    expect(await gateway.breakers.status("openai:gpt-4.1-mini")).toMatchObject({ state: "closed", window: { failures: 6 } });
    expect(opened).toEqual([]);
  });

  it("tells listeners once when it opens, and shows it in the status reader", async () => {
    await openBreaker();
    await Promise.all(Array.from({ length: 5 }, () => outcome(call())));

    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ id: "openai:gpt-4.1-mini", provider: "openai", model: "gpt-4.1-mini" });
    expect(opened[0]!.failures).toBeGreaterThanOrEqual(fastConfig.breaker!.minCalls!);
    const status = await gateway.breakers.status("openai:gpt-4.1-mini");
    expect(status).toMatchObject({ state: "open", openedAt: opened[0]!.openedAt, window: { failureRate: 1 } });
  });

  it("shares its state with other instances through the store", async () => {
    await openBreaker();
    const other = createGateway({ store, config: fastConfig });
    const before = sim.stats().total;

    expect(await outcome(call(other))).toBe("unavailable");
    expect(sim.stats().total).toBe(before);
  });

  it("tells an instance that already holds the breaker closed, through pub/sub, that another one opened it", async () => {
    const [mine, theirs] = freshStores(2);
    gateway = createGateway({ store: mine!, config: { ...fastConfig, breaker: { ...fastConfig.breaker, openMs: 5_000 } } });
    const other = createGateway({ store: theirs!, config: fastConfig });
    expect(await outcome(call(other))).toBe("ok");
    await openBreaker();
    await new Promise((r) => setTimeout(r, 50));
    const before = sim.stats().total;

    expect(await outcome(call(other))).toBe("unavailable");
    expect(sim.stats().total).toBe(before);
  });

  it("lets probes through once the cool-down passes and closes after enough succeed", async () => {
    await openBreaker();
    sim.clearFaults();
    await new Promise((r) => setTimeout(r, fastConfig.breaker!.openMs! + 50));

    expect((await gateway.breakers.status("openai:gpt-4.1-mini")).state).toBe("half_open");
    expect(await outcome(call())).toBe("ok");
    expect((await gateway.breakers.status("openai:gpt-4.1-mini")).state).toBe("half_open");
    expect(await outcome(call())).toBe("ok");
    const status = await gateway.breakers.status("openai:gpt-4.1-mini");
    expect(status).toMatchObject({ state: "closed", window: { calls: 0 } });
    await flushCallRecords();
    expect((await db.modelCall.findMany({ where: { runId, errorClass: null }, orderBy: { createdAt: "asc" } })).map((r) => r.breakerState)).toEqual(["half_open", "half_open"]);
  });

  it("admits one probe at a time while half-open", async () => {
    await openBreaker();
    sim.clearFaults();
    sim.setScript(() => ({ text: "slow probe", ttftMs: 150 }));
    await new Promise((r) => setTimeout(r, fastConfig.breaker!.openMs! + 50));
    const before = sim.stats().total;
    const results = await Promise.all(Array.from({ length: 5 }, () => outcome(call())));

    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(sim.stats().total - before).toBe(1);
  });

  it("reopens when a probe fails", async () => {
    await openBreaker();
    await new Promise((r) => setTimeout(r, fastConfig.breaker!.openMs! + 50));
    const before = sim.stats().total;

    expect(await outcome(call())).toBe("upstream_failed");
    expect(sim.stats().total - before).toBe(1);
    expect((await gateway.breakers.status("openai:gpt-4.1-mini")).state).toBe("open");
    expect(opened).toHaveLength(1);
  });

  it("sends calls to the fallback model while the primary is open", async () => {
    await openBreaker();
    const fallback = simTarget(sim, "gpt-4o-mini");
    const before = sim.stats().byModel["gpt-4o-mini"] ?? 0;
    const result = await call(gateway, [primary(), fallback]);

    expect(result.text).toBe("ok");
    expect(result.providerMetadata?.sieve).toMatchObject({ model: "gpt-4o-mini" });
    expect(sim.stats().byModel["gpt-4o-mini"]).toBe(before + 1);
  });

  it("falls back when the primary keeps failing before its breaker opens", async () => {
    failPrimary();
    const result = await call(gateway, [primary(), simTarget(sim, "gpt-4o-mini")]);

    expect(result.providerMetadata?.sieve).toMatchObject({ model: "gpt-4o-mini" });
    expect(sim.stats().byModel).toMatchObject({ "gpt-4.1-mini": 3, "gpt-4o-mini": 1 });
  });

  it("caps retries during a storm so upstream load is not multiplied", async () => {
    const stormy = createGateway({ store, config: { ...fastConfig, breaker: { ...fastConfig.breaker, minCalls: 1_000 } } });
    failPrimary();
    await Promise.all(Array.from({ length: 50 }, () => outcome(call(stormy))));

    // 50 first attempts, plus retries limited to 10% of calls + 3.
    expect(sim.stats().total).toBeLessThanOrEqual(50 + 5 + 3);
  });
});
