import { generateText } from "ai";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { faults } from "@/tests/simulator/faults";
import { startSimulator, type Simulator } from "@/tests/simulator/server";

// modelFor / llmModelFor as the pipeline uses them, configured only through the environment.

const RECEIPT = "<document>\nCorner Café\n12 Market St\n2026-11-20\nFlat white 3.50\nCroissant 2.80\nTOTAL EUR 6.30\n</document>";
const GATEWAY_ENV = ["OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_API_STYLE", "SIEVE_MODEL_CLASSIFICATION", "SIEVE_FALLBACK_CLASSIFICATION", "SIEVE_ESCALATION_MODEL"];

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ script: () => ({ text: '{"docType":"receipt"}' }) });
});
afterAll(async () => {
  for (const name of GATEWAY_ENV) delete process.env[name];
  await sim.close();
});

/** A fresh module graph reading `vars` (env is parsed once per graph). */
async function agentModels(vars: Record<string, string>) {
  for (const name of GATEWAY_ENV) delete process.env[name];
  Object.assign(process.env, vars);
  vi.resetModules();
  return import("@/lib/gateway/agent-model");
}

describe("with no model configured", () => {
  it("answers every agent with the local engine, free, recorded like any call", async () => {
    const { modelFor } = await agentModels({});
    const { flushCallRecords } = await import("@/lib/gateway/call-recorder");
    const { db } = await import("@/lib/db");
    const result = await generateText({ model: modelFor({ agent: "extraction", tenantId: "t-local" }), prompt: RECEIPT, maxRetries: 0 });

    expect(JSON.parse(result.text)).toHaveProperty("fields");
    expect(result.providerMetadata?.sieve).toMatchObject({ cacheHit: false, costMicros: 0, provider: "local", model: "local-extraction" });
    await flushCallRecords();
    expect(await db.modelCall.findFirst({ where: { tenantId: "t-local" } })).toMatchObject({ provider: "local", model: "local-extraction", costMicros: 0, agent: "extraction" });
  });

  it("has no LLM to escalate to", async () => {
    const { llmModelFor, modelFor, configuredTargets } = await agentModels({});

    expect(llmModelFor({ agent: "extraction" })).toBeNull();
    expect(() => modelFor({ agent: "extraction", tier: "llm" })).toThrow(expect.objectContaining({ code: "unavailable" }));
    expect(configuredTargets().filter((t) => t.role !== "primary")).toEqual([]);
  });
});

describe("with an OpenAI-compatible server", () => {
  it("calls the agent's configured model over Chat Completions by default", async () => {
    sim.reset();
    const { modelFor } = await agentModels({ OPENAI_BASE_URL: sim.baseURL, SIEVE_MODEL_CLASSIFICATION: "openai:gpt-4.1-mini" });
    const result = await generateText({ model: modelFor({ agent: "classification" }), prompt: "classify this", maxRetries: 0 });

    expect(result.text).toBe('{"docType":"receipt"}');
    expect(sim.stats()).toMatchObject({ byModel: { "gpt-4.1-mini": 1 }, byApi: { chat: 1, responses: 0 } });
  });

  it("uses the Responses API when configured to", async () => {
    sim.reset();
    const { modelFor } = await agentModels({ OPENAI_BASE_URL: sim.baseURL, OPENAI_API_STYLE: "responses", SIEVE_MODEL_CLASSIFICATION: "openai:gpt-4.1-mini" });
    await generateText({ model: modelFor({ agent: "classification" }), prompt: "classify this please", maxRetries: 0 });

    expect(sim.stats().byApi).toEqual({ chat: 0, responses: 1 });
  });

  it("escalates a local agent to the escalation model, and honours the tier asked for", async () => {
    sim.reset();
    const { llmModelFor, modelFor } = await agentModels({ OPENAI_BASE_URL: sim.baseURL, SIEVE_ESCALATION_MODEL: "openai:gpt-4o-mini" });
    const llm = llmModelFor({ agent: "extraction" });
    expect(llm).not.toBeNull();
    await generateText({ model: llm!, prompt: "extract, carefully", maxRetries: 0 });
    await generateText({ model: modelFor({ agent: "extraction", tier: "llm" }), prompt: "extract, carefully, again", maxRetries: 0 });
    const local = await generateText({ model: modelFor({ agent: "extraction", tier: "local" }), prompt: RECEIPT, maxRetries: 0 });

    expect(sim.stats().byModel).toEqual({ "gpt-4o-mini": 2 });
    expect(local.providerMetadata?.sieve).toMatchObject({ provider: "local" });
  });

  it("falls back to the configured fallback model when the primary keeps failing", async () => {
    sim.reset();
    sim.openFaultWindow({ fault: faults.unavailable(), durationMs: 5_000, models: ["gpt-4.1"] });
    const { modelFor, configuredTargets, breakerStatuses } = await agentModels({
      OPENAI_BASE_URL: sim.baseURL,
      SIEVE_MODEL_CLASSIFICATION: "openai:gpt-4.1",
      SIEVE_FALLBACK_CLASSIFICATION: "openai:gpt-4o-mini",
    });
    const result = await generateText({ model: modelFor({ agent: "classification" }), prompt: "classify, with fallback", maxRetries: 0 });
    sim.clearFaults();

    expect(result.providerMetadata?.sieve).toMatchObject({ model: "gpt-4o-mini" });
    expect(configuredTargets().filter((t) => t.agent === "classification").map((t) => [t.role, t.target.modelId])).toEqual([
      ["primary", "gpt-4.1"],
      ["fallback", "gpt-4o-mini"],
    ]);
    const statuses = await breakerStatuses();
    expect(statuses.find((s) => s.id === "openai:gpt-4.1")).toMatchObject({ state: "closed", window: { failures: 3 } });
    expect(statuses.map((s) => s.id)).toContain("local:local-extraction");
    expect(statuses.map((s) => s.id)).not.toContain("local:local-validation");
  });
});
