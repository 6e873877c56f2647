import { createOpenAI } from "@ai-sdk/openai";
import { generateText, Output, streamText, type LanguageModel } from "ai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { startSimulator, type Simulator } from "@/tests/simulator/server";
import { defaultScript, sequence } from "@/tests/simulator/script";

const invoice = z.object({ vendor: z.string(), total: z.number(), lines: z.array(z.object({ sku: z.string() })) });

let sim: Simulator;
let openai: ReturnType<typeof createOpenAI>;

beforeAll(async () => {
  sim = await startSimulator();
  openai = createOpenAI({ baseURL: sim.baseURL, apiKey: "test" });
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.reset();
  sim.setScript((request) =>
    request.jsonSchema
      ? { json: { vendor: "ACME", total: 42.5, lines: [{ sku: "A-1" }] } }
      : { text: `You said: ${request.userText}. Here is a fairly long answer, with punctuation!` },
  );
});

const apis: Array<[string, () => LanguageModel, "chat" | "responses"]> = [
  ["Chat Completions (openai.chat)", () => openai.chat("gpt-4o-mini"), "chat"],
  ["Responses (openai)", () => openai("gpt-5-mini"), "responses"],
];

describe.each(apis)("%s", (_name, model, api) => {
  it("answers generateText with the scripted text and token usage", async () => {
    const result = await generateText({ model: model(), prompt: "hello there", maxRetries: 0 });

    expect(result.text).toBe("You said: hello there. Here is a fairly long answer, with punctuation!");
    expect(result.finishReason).toBe("stop");
    expect(result.usage.inputTokens).toBeGreaterThan(0);
    expect(result.usage.outputTokens).toBe(16);
    expect(sim.stats().byApi[api]).toBe(1);
  });

  it("streams deltas over time, with usage in the last event", async () => {
    sim.setScript(() => ({ text: "one two three four five six seven eight nine ten", ttftMs: 60, tokensPerSecond: 50 }));
    const started = Date.now();
    const arrivals: Array<{ at: number; text: string }> = [];

    const result = streamText({ model: model(), prompt: "count", maxRetries: 0 });
    for await (const text of result.textStream) arrivals.push({ at: Date.now() - started, text });

    expect(arrivals.map((a) => a.text).join("")).toBe("one two three four five six seven eight nine ten");
    expect(arrivals.length).toBeGreaterThan(5);
    // First token near ttft (60 ms); the tenth 9 × 20 ms = 180 ms later. Half of that spread is
    // kept as the bound: a loaded machine delays the first chunk, and an all-at-once answer spreads ~0.
    expect(arrivals[0]!.at).toBeGreaterThanOrEqual(55);
    expect(arrivals.at(-1)!.at - arrivals[0]!.at).toBeGreaterThanOrEqual(90);
    expect((await result.usage).outputTokens).toBe(10);
    expect(await result.finishReason).toBe("stop");
  });

  // generateObject still exists in AI SDK 7 but is deprecated in favour of Output.
  it("returns structured output through Output.object, sending the JSON schema upstream", async () => {
    const result = await generateText({ model: model(), prompt: "extract", output: Output.object({ schema: invoice }), maxRetries: 0 });

    expect(result.output).toEqual({ vendor: "ACME", total: 42.5, lines: [{ sku: "A-1" }] });
    expect(JSON.stringify(sim.requests()[0]!.body)).toContain('"json_schema"');
  });

  it("streams structured output", async () => {
    const result = streamText({ model: model(), prompt: "extract", output: Output.object({ schema: invoice }), maxRetries: 0 });

    expect(await result.output).toEqual({ vendor: "ACME", total: 42.5, lines: [{ sku: "A-1" }] });
  });

  it("answers structured output with a schema-valid sample under the default script", async () => {
    sim.setScript(defaultScript);

    const result = await generateText({ model: model(), prompt: "extract", output: Output.object({ schema: invoice }), maxRetries: 0 });

    expect(result.output).toEqual({ vendor: "sample", total: 0, lines: [{ sku: "sample" }] });
  });
});

describe("request inspection", () => {
  it("counts requests per model and keeps their bodies", async () => {
    await generateText({ model: openai.chat("model-a"), prompt: "first", maxRetries: 0 });
    await generateText({ model: openai.chat("model-a"), prompt: "second", maxRetries: 0 });
    await generateText({ model: openai("model-b"), system: "Be brief.", prompt: "third", maxRetries: 0 });

    const stats = sim.stats();
    expect(stats).toMatchObject({ total: 3, byModel: { "model-a": 2, "model-b": 1 }, byOutcome: { ok: 3 }, inFlight: 0 });
    const bodies = sim.requests().map((r) => r.body);
    expect(bodies[1]).toMatchObject({ model: "model-a", messages: [{ role: "user", content: "second" }] });
    expect(JSON.stringify(bodies[2])).toContain("Be brief.");
  });

  it("sees the stream_options the Chat provider sends when streaming", async () => {
    await streamText({ model: openai.chat("gpt-4o-mini"), prompt: "x", maxRetries: 0 }).consumeStream();

    expect(sim.requests()[0]!.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it("keys answers on the request and hands out sequences in order", async () => {
    sim.setScript(sequence([{ text: "first" }, { text: "second" }]));
    const texts: string[] = [];
    for (let i = 0; i < 3; i++) texts.push((await generateText({ model: openai("m"), prompt: "x", maxRetries: 0 })).text);

    expect(texts).toEqual(["first", "second", "second"]);
  });

  it("tracks concurrent requests in flight", async () => {
    sim.setScript(() => ({ text: "slow", ttftMs: 100 }));
    await Promise.all(Array.from({ length: 5 }, () => generateText({ model: openai.chat("m"), prompt: "x", maxRetries: 0 })));

    expect(sim.stats()).toMatchObject({ total: 5, maxInFlight: 5, inFlight: 0 });
  });

  it("holds a non-streaming answer for ttft plus the generation time", async () => {
    sim.setScript(() => ({ text: "a b c d e f g h i j k", ttftMs: 100, tokensPerSecond: 100 }));
    const started = Date.now();
    await generateText({ model: openai.chat("m"), prompt: "x", maxRetries: 0 });

    expect(Date.now() - started).toBeGreaterThanOrEqual(195);
  });
});
