import { generateText } from "ai";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/auth/api-tokens";
import { db } from "@/lib/db";
import { forgetCachedBudgets } from "@/lib/gateway/budget-guard";
import { worstCaseInputTokens } from "@/lib/gateway/budget-math";
import { flushCallRecords } from "@/lib/gateway/call-recorder";
import { createGateway, type Gateway } from "@/lib/gateway/gateway";
import { costMicros, DEFAULT_PRICES, priceFor } from "@/lib/gateway/pricing";
import { MemoryStore } from "@/lib/store/memory-store";
import type { Store } from "@/lib/store/store";
import { startSimulator, type Simulator } from "@/tests/simulator/server";
import { closeStores, createRun, fastConfig, freshStore, simTarget } from "./gateway-fixture";

const MAX_OUTPUT = 1_000;
const mini = priceFor("openai", "gpt-4.1-mini", DEFAULT_PRICES).price;

let sim: Simulator;
let gateway: Gateway;

beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim.close();
  await closeStores();
});
beforeEach(() => {
  sim.reset();
  sim.setScript(() => ({ text: "A short answer of a few tokens." }));
  gateway = createGateway({ store: freshStore(), config: { ...fastConfig, cacheTtlMs: 0 } });
});
afterEach(() => flushCallRecords());

/** The reservation the gateway makes for a one-message prompt of this text. */
function worstCase(text: string): number {
  const input = worstCaseInputTokens({ prompt: [{ role: "user", content: [{ type: "text", text }] }] });
  return costMicros({ input, cachedInput: 0, output: MAX_OUTPUT }, mini);
}

type Ctx = Parameters<Gateway["model"]>[1];
const call = (ctx: Ctx, prompt: string, g = gateway) =>
  generateText({ model: g.model([simTarget(sim)], ctx), prompt, maxRetries: 0, maxOutputTokens: MAX_OUTPUT });
const outcome = (promise: Promise<unknown>) => promise.then(() => "ok", (error: { code?: string }) => error.code ?? String(error));

async function recordedSpend(runId: string) {
  await flushCallRecords();
  const [{ _sum }, run] = await Promise.all([
    db.modelCall.aggregate({ where: { runId }, _sum: { costMicros: true } }),
    db.run.findUniqueOrThrow({ where: { id: runId } }),
  ]);
  return { calls: _sum.costMicros ?? 0, run: run.spentMicros };
}

describe("run budget", () => {
  it("refuses a call whose worst case would exceed the run's cap, before any upstream request", async () => {
    const { run } = await createRun(1_000);
    const error = await call({ agent: "extraction", runId: run.id, budgetCapMicros: run.budgetCapMicros }, "total?").catch((e: unknown) => e);

    expect(error).toMatchObject({ code: "budget_exceeded", status: 402, details: { scope: "run", scopeId: run.id, limitMicros: 1_000, requestedMicros: worstCase("total?") } });
    expect(sim.stats().total).toBe(0);
    await flushCallRecords();
    expect(await db.modelCall.findMany({ where: { runId: run.id } })).toMatchObject([{ errorClass: "budget_exceeded", costMicros: 0 }]);
  });

  it("settles the reservation to the real cost, in the counter and on the run", async () => {
    const { run } = await createRun(1_000_000);
    const result = await call({ agent: "extraction", runId: run.id, budgetCapMicros: run.budgetCapMicros }, "total?");
    const cost = (result.providerMetadata?.sieve as { costMicros: number }).costMicros;

    expect(cost).toBe(costMicros({ input: result.usage.inputTokens!, cachedInput: 0, output: result.usage.outputTokens! }, mini));
    expect(cost).toBeLessThan(worstCase("total?"));
    expect(await gateway.budgets.runUsage(run.id)).toBe(cost);
    expect(await recordedSpend(run.id)).toEqual({ calls: cost, run: cost });
  });

  it("reads the cap and what was already spent from the run when the caller does not pass them", async () => {
    const { run } = await createRun(10_000);
    await db.run.update({ where: { id: run.id }, data: { spentMicros: 10_000 - worstCase("total?") + 1 } });

    expect(await outcome(call({ agent: "validation", runId: run.id }, "total?"))).toBe("budget_exceeded");
    expect(sim.stats().total).toBe(0);
  });

  it("releases the reservation of a call that failed", async () => {
    const { run } = await createRun(1_000_000);
    sim.queueFaults({ kind: "http", status: 400 });
    await outcome(call({ agent: "extraction", runId: run.id, budgetCapMicros: run.budgetCapMicros }, "total?"));

    expect(await gateway.budgets.runUsage(run.id)).toBe(0);
  });

  describe.each<[string, () => Store]>([
    ["Redis", () => freshStore()],
    ["the in-process store", () => new MemoryStore()],
  ])("parallel agents racing a small cap with %s", (_name, makeStore) => {
    it("never lets a run spend past its cap", async () => {
      // Slow answers make all five reserve before any settles: exactly two fit.
      sim.setScript(() => ({ text: "A short answer of a few tokens.", ttftMs: 80 }));
      const raced = createGateway({ store: makeStore(), config: { ...fastConfig, cacheTtlMs: 0 } });
      const agents = ["extraction", "classification", "summarisation", "validation", "extraction"] as const;
      const prompts = agents.map((agent, i) => `${agent} ${i}: total?`);
      const cap = 2 * Math.max(...prompts.map(worstCase)) + 1;

      const runs = await Promise.all(Array.from({ length: 20 }, () => createRun(cap)));
      const outcomes = await Promise.all(
        runs.map(({ run }) => Promise.all(agents.map((agent, i) => outcome(call({ agent, runId: run.id, budgetCapMicros: cap }, prompts[i]!, raced))))),
      );

      for (const [i, { run }] of runs.entries()) {
        expect(outcomes[i]!.filter((o) => o === "ok")).toHaveLength(2);
        expect(outcomes[i]!.filter((o) => o === "budget_exceeded")).toHaveLength(3);
        const spend = await recordedSpend(run.id);
        expect(spend.calls).toBeLessThanOrEqual(cap);
        expect(spend.run).toBe(spend.calls);
        expect(await raced.budgets.runUsage(run.id)).toBe(spend.calls);
      }
    });
  });
});

describe("daily caps", () => {
  it("stops an API token at its daily budget, counting what it already spent today", async () => {
    const { run, tenant } = await createRun(1_000_000);
    const { token } = await createApiToken({ tenantId: tenant.id, name: "phone", scopes: ["upload"] });
    await db.budget.create({ data: { scope: "token", scopeId: token.id, period: "day", limitMicros: BigInt(worstCase("first") + worstCase("second") - 1) } });
    forgetCachedBudgets();
    const ctx: Ctx = { agent: "extraction", runId: run.id, budgetCapMicros: 1_000_000, apiTokenId: token.id, tenantId: tenant.id };

    expect(await outcome(call(ctx, "first"))).toBe("ok");
    // The first call settled far below its worst case, so a second fits only if the counter settled.
    expect(await outcome(call(ctx, "second"))).toBe("ok");
    await db.budget.update({ where: { scope_scopeId_period: { scope: "token", scopeId: token.id, period: "day" } }, data: { limitMicros: 1n } });
    forgetCachedBudgets();
    const error = await call(ctx, "third").catch((e: unknown) => e);

    expect(error).toMatchObject({ code: "budget_exceeded", details: { scope: "token", scopeId: token.id, period: "day" } });
    await flushCallRecords();
    expect(await db.modelCall.count({ where: { apiTokenId: token.id, tenantId: tenant.id, errorClass: null } })).toBe(2);
  });

  it("applies a tenant's daily budget to all its tokens and runs", async () => {
    const { run, tenant } = await createRun(1_000_000);
    await db.budget.create({ data: { scope: "tenant", scopeId: tenant.id, period: "day", limitMicros: 1n } });
    forgetCachedBudgets();

    expect(await outcome(call({ agent: "summarisation", runId: run.id, budgetCapMicros: 1_000_000, tenantId: tenant.id }, "hello"))).toBe("budget_exceeded");
    expect(await outcome(call({ agent: "summarisation", tenantId: "another-tenant" }, "hello"))).toBe("ok");
  });
});
