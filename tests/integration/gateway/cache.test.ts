import { generateText, Output, streamText } from "ai";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { flushCallRecords } from "@/lib/gateway/call-recorder";
import { createGateway, type Gateway } from "@/lib/gateway/gateway";
import { faults } from "@/tests/simulator/faults";
import { startSimulator, type Simulator } from "@/tests/simulator/server";
import { closeStores, createRun, fastConfig, freshStore, simTarget, unique } from "./gateway-fixture";

const invoice = z.object({ vendor: z.string(), total: z.number() });

let sim: Simulator;
let gateway: Gateway;
let runId: string;

beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim.close();
  await closeStores();
});
beforeEach(async () => {
  sim.reset();
  sim.setScript((r) => (r.jsonSchema ? { json: { vendor: "ACME", total: 42.5, currency: "EUR" } } : { text: `Answer to ${r.userText}: one two three four five.` }));
  gateway = createGateway({ store: freshStore(), config: fastConfig });
  runId = (await createRun(1_000_000)).run.id;
});
afterEach(() => flushCallRecords());

const model = (api: "chat" | "responses" = "chat") => gateway.model([simTarget(sim, "gpt-4.1-mini", api)], { agent: "extraction", runId, budgetCapMicros: 1_000_000 });

async function rows() {
  await flushCallRecords();
  return db.modelCall.findMany({ where: { runId }, orderBy: { createdAt: "asc" } });
}

describe.each(["chat", "responses"] as const)("cache over %s", (api) => {
  it("answers an identical request from the cache, at no cost, recorded as a hit", async () => {
    sim.setScript((r) => ({ text: `Answer to ${r.userText}.`, ttftMs: 200 }));
    const prompt = unique("total?");
    const first = await generateText({ model: model(api), prompt, maxRetries: 0 });
    // From here on the model would never answer: a hit that reached it would hang, not pass.
    sim.queueFaults(...Array.from({ length: 5 }, () => faults.hang()));
    for (let i = 0; i < 5; i++) {
      const again = await generateText({ model: model(api), prompt, maxRetries: 0 });
      expect(again.text).toBe(first.text);
      expect(again.providerMetadata?.sieve).toMatchObject({ cacheHit: true, costMicros: 0 });
    }

    expect(sim.stats().total).toBe(1);
    sim.clearFaults();
    const [miss, ...hits] = await rows();
    expect(miss).toMatchObject({ cacheHit: false, attempt: 1 });
    expect(miss!.costMicros).toBeGreaterThan(0);
    expect(hits).toHaveLength(5);
    // Hits carry the tokens the answer took, so reports can price what the cache saved.
    for (const hit of hits) expect(hit).toMatchObject({ cacheHit: true, costMicros: 0, inputTokens: miss!.inputTokens, outputTokens: miss!.outputTokens });
  });

  it("caches structured output keyed by its schema", async () => {
    const prompt = unique("extract");
    const a = await generateText({ model: model(api), prompt, maxRetries: 0, output: Output.object({ schema: invoice }) });
    const b = await generateText({ model: model(api), prompt, maxRetries: 0, output: Output.object({ schema: invoice }) });
    const other = await generateText({ model: model(api), prompt, maxRetries: 0, output: Output.object({ schema: invoice.extend({ currency: z.string() }) }) });

    expect(b.output).toEqual(a.output);
    expect(a.output).toEqual({ vendor: "ACME", total: 42.5 });
    expect(other.providerMetadata?.sieve).toMatchObject({ cacheHit: false });
    expect(sim.stats().total).toBe(2);
  });

  it("replays a cached stream", async () => {
    const prompt = unique("stream");
    const first = streamText({ model: model(api), prompt, maxRetries: 0 });
    const firstText = await first.text;
    const second = streamText({ model: model(api), prompt, maxRetries: 0 });
    const deltas: string[] = [];
    for await (const delta of second.textStream) deltas.push(delta);

    expect(deltas.join("")).toBe(firstText);
    expect(deltas.length).toBeGreaterThan(1);
    expect((await second.providerMetadata)?.sieve).toMatchObject({ cacheHit: true });
    expect(sim.stats().total).toBe(1);
    const [miss, hit] = await rows();
    expect([miss!.streamed, miss!.cacheHit, hit!.streamed, hit!.cacheHit]).toEqual([true, false, true, true]);
    expect([hit!.costMicros, hit!.outputTokens]).toEqual([0, miss!.outputTokens]);
  });
});

describe("single flight", () => {
  it("coalesces concurrent identical misses into one upstream call", async () => {
    sim.setScript(() => ({ text: "slow answer", ttftMs: 150 }));
    const prompt = unique("same");
    const results = await Promise.all(Array.from({ length: 10 }, () => generateText({ model: model(), prompt, maxRetries: 0 })));

    expect(new Set(results.map((r) => r.text))).toEqual(new Set(["slow answer"]));
    expect(sim.stats().total).toBe(1);
    const recorded = await rows();
    expect(recorded.filter((r) => !r.cacheHit)).toHaveLength(1);
    expect(recorded.filter((r) => r.cacheHit)).toHaveLength(9);
  });

  it("coalesces concurrent identical streams too", async () => {
    sim.setScript(() => ({ text: "a b c d e f", ttftMs: 100, tokensPerSecond: 100 }));
    const prompt = unique("same stream");
    const texts = await Promise.all(Array.from({ length: 5 }, () => streamText({ model: model(), prompt, maxRetries: 0 }).text));

    expect(new Set(texts)).toEqual(new Set(["a b c d e f"]));
    expect(sim.stats().total).toBe(1);
  });

  it("coalesces across instances sharing the store", async () => {
    sim.setScript(() => ({ text: "shared", ttftMs: 150 }));
    const store = freshStore();
    const [a, b] = [createGateway({ store, config: fastConfig }), createGateway({ store, config: fastConfig })];
    const prompt = unique("across");
    const call = (g: Gateway) => generateText({ model: g.model([simTarget(sim)], { agent: "classification" }), prompt, maxRetries: 0 });
    const results = await Promise.all([call(a), call(b), call(a), call(b)]);

    expect(results.map((r) => r.text)).toEqual(["shared", "shared", "shared", "shared"]);
    expect(sim.stats().total).toBe(1);
  });
});

it("skips the cache when the call asks it to", async () => {
  const prompt = unique("fresh");
  const uncached = () => gateway.model([simTarget(sim)], { agent: "summarisation", runId, budgetCapMicros: 1_000_000, cache: false });
  await generateText({ model: uncached(), prompt, maxRetries: 0 });
  await generateText({ model: uncached(), prompt, maxRetries: 0 });

  expect(sim.stats().total).toBe(2);
});
