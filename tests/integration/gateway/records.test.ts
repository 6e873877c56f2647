import { generateText, streamText } from "ai";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { callRecorder, flushCallRecords } from "@/lib/gateway/call-recorder";
import { createGateway, type Gateway } from "@/lib/gateway/gateway";
import { deleteModelPrice, listModelPrices, upsertModelPrice } from "@/lib/gateway/price-table";
import { faults } from "@/tests/simulator/faults";
import { startSimulator, type Simulator } from "@/tests/simulator/server";
import { closeStores, createRun, fastConfig, freshStore, simTarget, unique } from "./gateway-fixture";

let sim: Simulator;
let gateway: Gateway;

beforeAll(async () => {
  sim = await startSimulator({ script: () => ({ text: "Four score and seven years ago." }) });
});
afterAll(async () => {
  await sim.close();
  await closeStores();
  await deleteModelPrice("gpt-4.1-nano");
});
beforeEach(() => {
  sim.reset();
  gateway = createGateway({ store: freshStore(), config: fastConfig });
});
afterEach(() => flushCallRecords());

describe("call records", () => {
  it("writes one row per attempt with who, what, tokens, cost, latency, attempt, error and breaker state", async () => {
    const { run, tenant } = await createRun(1_000_000);
    const step = await db.agentStep.create({ data: { runId: run.id, agent: "extraction" } });
    sim.queueFaults(faults.serverError());
    const ctx = { agent: "extraction" as const, runId: run.id, agentStepId: step.id, tenantId: tenant.id, budgetCapMicros: 1_000_000 };
    const prompt = unique("q");
    const result = await generateText({ model: gateway.model([simTarget(sim)], ctx), prompt, maxRetries: 0 });
    await generateText({ model: gateway.model([simTarget(sim)], ctx), prompt, maxRetries: 0 });
    await flushCallRecords();
    const rows = await db.modelCall.findMany({ where: { runId: run.id }, orderBy: [{ createdAt: "asc" }, { attempt: "asc" }] });

    const common = { runId: run.id, agentStepId: step.id, tenantId: tenant.id, agent: "extraction", provider: "openai", model: "gpt-4.1-mini", streamed: false };
    expect(rows).toMatchObject([
      { ...common, attempt: 1, errorClass: "server_error", breakerState: "closed", costMicros: 0, cacheHit: false },
      { ...common, attempt: 2, errorClass: null, breakerState: "closed", inputTokens: result.usage.inputTokens, outputTokens: result.usage.outputTokens, cacheHit: false },
      { ...common, attempt: 1, errorClass: null, cacheHit: true, costMicros: 0 },
    ]);
    expect(rows[1]!.costMicros).toBeGreaterThan(0);
    expect(Math.abs(rows[1]!.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(rows[0]!.errorMessage).toMatch(/server error/i);
  });

  it("records each attempt's latency: at least the provider's delay, at most the caller's wait", async () => {
    const { run } = await createRun(1_000_000);
    sim.setScript(() => ({ text: "Slow answer.", ttftMs: 150 }));
    try {
      const started = performance.now();
      await generateText({ model: gateway.model([simTarget(sim)], { agent: "classification", runId: run.id, budgetCapMicros: 1_000_000 }), prompt: unique("slow"), maxRetries: 0 });
      const waited = performance.now() - started;
      await flushCallRecords();
      const [row] = await db.modelCall.findMany({ where: { runId: run.id } });
      expect(row!.latencyMs).toBeGreaterThanOrEqual(150);
      expect(row!.latencyMs).toBeLessThanOrEqual(Math.ceil(waited));
    } finally {
      sim.setScript(() => ({ text: "Four score and seven years ago." }));
    }
  });

  it("writes rows after the call has returned, not during it", async () => {
    const { run } = await createRun(1_000_000);
    await generateText({ model: gateway.model([simTarget(sim)], { agent: "classification", runId: run.id, budgetCapMicros: 1_000_000 }), prompt: unique("q"), maxRetries: 0 });

    expect(callRecorder().pending).toBeGreaterThan(0);
    expect(await db.modelCall.count({ where: { runId: run.id } })).toBe(0);
    await flushCallRecords();
    expect(await db.modelCall.count({ where: { runId: run.id } })).toBe(1);
  });

  it("loses no row when flushed at shutdown", async () => {
    const { run } = await createRun(10_000_000);
    // Many calls at once share one event loop with the simulator: allow them time.
    gateway = createGateway({ store: freshStore(), config: { ...fastConfig, timeoutMs: 20_000 } });
    const ctx = { agent: "summarisation" as const, runId: run.id, budgetCapMicros: 10_000_000 };
    await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        i % 2 ? generateText({ model: gateway.model([simTarget(sim)], ctx), prompt: unique("g"), maxRetries: 0 }) : streamText({ model: gateway.model([simTarget(sim)], ctx), prompt: unique("s"), maxRetries: 0 }).text,
      ),
    );

    await flushCallRecords();
    expect(callRecorder().pending).toBe(0);
    expect(await db.modelCall.count({ where: { runId: run.id } })).toBe(200);
    const [{ _sum }, after] = await Promise.all([db.modelCall.aggregate({ where: { runId: run.id }, _sum: { costMicros: true } }), db.run.findUniqueOrThrow({ where: { id: run.id } })]);
    expect(after.spentMicros).toBe(_sum.costMicros);
  });

  it("keeps the rest of a batch when one row can no longer be written", async () => {
    const [{ run: kept }, { run: other }] = await Promise.all([createRun(1_000), createRun(1_000)]);
    const row = (runId: string) => ({ runId, agent: "extraction", provider: "openai", model: "gpt-4.1-mini", costMicros: 7, createdAt: new Date() });
    callRecorder().record(row(kept.id));
    callRecorder().record(row("no-such-run"));
    callRecorder().record(row(other.id));
    await flushCallRecords();

    expect(await db.modelCall.count({ where: { runId: { in: [kept.id, other.id] } } })).toBe(2);
    expect(await db.run.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({ spentMicros: 7 });
  });
});

describe("pricing", () => {
  it("uses an admin's price as soon as it is saved, and the default again once removed", async () => {
    const { run } = await createRun(1_000_000);
    const ctx = { agent: "validation" as const, runId: run.id, budgetCapMicros: 1_000_000, cache: false };
    const call = () => generateText({ model: gateway.model([simTarget(sim, "gpt-4.1-nano")], ctx), prompt: "same prompt", maxRetries: 0 });

    await upsertModelPrice({ provider: "openai", model: "gpt-4.1-nano", inputMicrosPerMTok: 1_000_000, outputMicrosPerMTok: 2_000_000 }, null);
    const priced = await call();
    expect(priced.providerMetadata?.sieve).toMatchObject({ costMicros: priced.usage.inputTokens! + 2 * priced.usage.outputTokens! });
    expect((await listModelPrices()).find((p) => p.model === "gpt-4.1-nano")).toMatchObject({ source: "admin", inputMicrosPerMTok: 1_000_000 });

    await deleteModelPrice("gpt-4.1-nano");
    const defaulted = await call();
    // $0.10 / $0.40 per million tokens.
    expect(defaulted.providerMetadata?.sieve).toMatchObject({ costMicros: Math.ceil((defaulted.usage.inputTokens! * 100_000 + defaulted.usage.outputTokens! * 400_000) / 1e6) });
  });
});
