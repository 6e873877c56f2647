import { describe, expect, it } from "vitest";
import { costMicros, DEFAULT_PRICES, mergePrices, priceFor, tokensOf, type Price } from "@/lib/gateway/pricing";

describe("price lookup", () => {
  it("prices the current OpenAI models by default", () => {
    for (const model of ["gpt-4.1", "gpt-4.1-mini", "gpt-4o", "gpt-4o-mini", "o4-mini", "gpt-5", "gpt-5-mini"]) {
      expect(priceFor("openai", model, DEFAULT_PRICES).matched).toBe(model);
    }
    expect(priceFor("openai", "gpt-4.1-mini", DEFAULT_PRICES).price).toMatchObject({ inputMicrosPerMTok: 400_000, outputMicrosPerMTok: 1_600_000 });
  });

  it("matches dated snapshots to their family, longest name first", () => {
    expect(priceFor("openai", "gpt-4.1-mini-2025-04-14", DEFAULT_PRICES).matched).toBe("gpt-4.1-mini");
    expect(priceFor("openai", "gpt-4o-2024-08-06", DEFAULT_PRICES).matched).toBe("gpt-4o");
  });

  it("makes the local engine free", () => {
    expect(costMicros({ input: 1e6, cachedInput: 0, output: 1e6 }, priceFor("local", "local-extraction", DEFAULT_PRICES).price)).toBe(0);
  });

  it("charges an unpriced model like the dearest default, so caps still hold", () => {
    const unknown = priceFor("openai", "llama-3-70b", DEFAULT_PRICES);
    expect(unknown.matched).toBeNull();
    // Each rate is the highest any default charges, so no token mix costs more on a priced model.
    const dearest = (rate: "inputMicrosPerMTok" | "outputMicrosPerMTok" | "cachedInputMicrosPerMTok") => Math.max(...DEFAULT_PRICES.map((p) => p[rate] ?? 0));
    expect(unknown.price).toEqual({
      inputMicrosPerMTok: dearest("inputMicrosPerMTok"),
      outputMicrosPerMTok: dearest("outputMicrosPerMTok"),
      cachedInputMicrosPerMTok: dearest("cachedInputMicrosPerMTok"),
    });
    for (const tokens of [{ input: 1e6, cachedInput: 0, output: 0 }, { input: 0, cachedInput: 0, output: 1e6 }, { input: 1e6, cachedInput: 1e6, output: 1e5 }]) {
      for (const row of DEFAULT_PRICES) expect(costMicros(tokens, unknown.price), row.model).toBeGreaterThanOrEqual(costMicros(tokens, row));
    }
  });

  it("lets admin rows override defaults", () => {
    const row: Price = { provider: "openai", model: "gpt-4o", inputMicrosPerMTok: 1, outputMicrosPerMTok: 2, cachedInputMicrosPerMTok: null };
    const table = mergePrices([row]);
    expect(priceFor("openai", "gpt-4o", table).price).toBe(row);
    expect(table).toHaveLength(DEFAULT_PRICES.length);
  });
});

describe("cost", () => {
  const mini = priceFor("openai", "gpt-4.1-mini", DEFAULT_PRICES).price;

  it("is integer micro-dollars, rounded up", () => {
    // 1,000 in × $0.40/M + 500 out × $1.60/M = $0.0004 + $0.0008 = 1,200 µ$.
    expect(costMicros({ input: 1_000, cachedInput: 0, output: 500 }, mini)).toBe(1_200);
    expect(costMicros({ input: 1, cachedInput: 0, output: 0 }, mini)).toBe(1);
  });

  it("bills cached input at the cached rate", () => {
    expect(costMicros({ input: 1_000, cachedInput: 1_000, output: 0 }, mini)).toBe(100);
  });

  it("reads token counts from AI SDK usage", () => {
    const usage = { inputTokens: { total: 120, noCache: 100, cacheRead: 20, cacheWrite: undefined }, outputTokens: { total: 30, text: 30, reasoning: undefined } };
    expect(tokensOf(usage)).toEqual({ input: 120, cachedInput: 20, output: 30 });
    expect(tokensOf(undefined)).toEqual({ input: 0, cachedInput: 0, output: 0 });
  });
});
