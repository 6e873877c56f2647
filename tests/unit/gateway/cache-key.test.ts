import { describe, expect, it } from "vitest";
import type { LanguageModelV4CallOptions } from "@ai-sdk/provider";
import { cacheKey, canonicalJson } from "@/lib/gateway/cache-key";
import { cacheableParts, parseCached, revivedGenerate, serializeGenerate } from "@/lib/gateway/cached-result";

const base: LanguageModelV4CallOptions = {
  prompt: [{ role: "user", content: [{ type: "text", text: "Total?" }] }],
  maxOutputTokens: 100,
  temperature: 0,
  responseFormat: { type: "json", schema: { type: "object", properties: { a: { type: "string" }, b: { type: "number" } } } },
};

describe("cache key", () => {
  it("ignores key order, abort signals and headers", () => {
    const reordered = { temperature: 0, maxOutputTokens: 100, responseFormat: base.responseFormat, prompt: base.prompt, abortSignal: new AbortController().signal, headers: { "x-request-id": "1" } };
    expect(cacheKey("generate", "openai", "gpt-4.1-mini", reordered)).toBe(cacheKey("generate", "openai", "gpt-4.1-mini", base));
  });

  it("changes with the model, the messages, the schema, the parameters and the mode", () => {
    const key = cacheKey("generate", "openai", "gpt-4.1-mini", base);
    expect(cacheKey("generate", "openai", "gpt-4.1", base)).not.toBe(key);
    expect(cacheKey("stream", "openai", "gpt-4.1-mini", base)).not.toBe(key);
    expect(cacheKey("generate", "openai", "gpt-4.1-mini", { ...base, temperature: 0.2 })).not.toBe(key);
    expect(cacheKey("generate", "openai", "gpt-4.1-mini", { ...base, responseFormat: { type: "json", schema: { type: "object" } } })).not.toBe(key);
    expect(cacheKey("generate", "openai", "gpt-4.1-mini", { ...base, prompt: [{ role: "user", content: [{ type: "text", text: "Total!" }] }] })).not.toBe(key);
  });

  it("serialises bytes and URLs so files take part in the key", () => {
    expect(canonicalJson({ b: new Uint8Array([1, 2]), a: new URL("https://x.test/a") })).toBe('{"a":{"$url":"https://x.test/a"},"b":{"$bytes":"AQI="}}');
  });
});

describe("cached answers", () => {
  const result = {
    content: [{ type: "text" as const, text: "hi" }],
    finishReason: { unified: "stop" as const, raw: "stop" },
    usage: { inputTokens: { total: 3, noCache: 3, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 1, text: 1, reasoning: 0 } },
    warnings: [],
    request: { body: "large" },
    response: { id: "r1", modelId: "m", timestamp: new Date("2026-11-25T00:00:00Z"), headers: { a: "b" }, body: "large" },
  };

  it("round-trips a generate result without request or response bodies, dates revived", () => {
    const cached = parseCached(serializeGenerate(result));
    if (cached?.kind !== "generate") throw new Error("expected a cached generate result");
    const revived = revivedGenerate(cached, { cacheHit: true, costMicros: 0, attempts: 0, provider: "openai", model: "m" });
    expect(revived.content).toEqual(result.content);
    expect(revived.response?.timestamp).toEqual(result.response.timestamp);
    expect(revived.request).toBeUndefined();
    expect(revived.providerMetadata?.sieve).toMatchObject({ cacheHit: true, costMicros: 0 });
  });

  it("keeps only finished, error-free streams", () => {
    const finish = { type: "finish" as const, usage: result.usage, finishReason: { unified: "stop" as const, raw: "stop" } };
    const text = { type: "text-delta" as const, id: "0", delta: "hi" };
    expect(cacheableParts([text, { type: "raw", rawValue: {} }, finish])).toEqual([text, finish]);
    expect(cacheableParts([text])).toBeNull();
    expect(cacheableParts([text, { type: "error", error: new Error("x") }, finish])).toBeNull();
  });
});
