import type { LanguageModelV4Usage } from "@ai-sdk/provider";
import type { ModelPrice } from "@/lib/generated/prisma/client";

// Usage → cost in integer micro-dollars. Pure; the admin-editable table lives in price-table.ts.

export type Price = Pick<ModelPrice, "provider" | "model" | "inputMicrosPerMTok" | "outputMicrosPerMTok" | "cachedInputMicrosPerMTok">;

const usd = (dollarsPerMTok: number) => Math.round(dollarsPerMTok * 1_000_000);
const openai = (model: string, input: number, output: number, cachedInput: number): Price => ({
  provider: "openai",
  model,
  inputMicrosPerMTok: usd(input),
  outputMicrosPerMTok: usd(output),
  cachedInputMicrosPerMTok: usd(cachedInput),
});

/** OpenAI list prices (USD per 1M tokens: input, output, cached input); admins override them per model. */
export const DEFAULT_PRICES: readonly Price[] = [
  openai("gpt-5", 1.25, 10, 0.125),
  openai("gpt-5-mini", 0.25, 2, 0.025),
  openai("gpt-5-nano", 0.05, 0.4, 0.005),
  openai("gpt-4.1", 2, 8, 0.5),
  openai("gpt-4.1-mini", 0.4, 1.6, 0.1),
  openai("gpt-4.1-nano", 0.1, 0.4, 0.025),
  openai("gpt-4o", 2.5, 10, 1.25),
  openai("gpt-4o-mini", 0.15, 0.6, 0.075),
  openai("o3", 2, 8, 0.5),
  openai("o4-mini", 1.1, 4.4, 0.275),
  { provider: "local", model: "local", inputMicrosPerMTok: 0, outputMicrosPerMTok: 0, cachedInputMicrosPerMTok: 0 },
];

/**
 * A model nobody priced is charged like the dearest default rather than as free, so budget caps
 * still hold; admins set a row (0 for a self-hosted server) to change that.
 */
export const UNKNOWN_MODEL_PRICE: Omit<Price, "model" | "provider"> = {
  inputMicrosPerMTok: usd(2.5),
  outputMicrosPerMTok: usd(10),
  cachedInputMicrosPerMTok: usd(1.25),
};

export interface PriceMatch {
  price: Omit<Price, "model" | "provider">;
  /** The table row that matched, or null when the unknown-model price applied. */
  matched: string | null;
}

/**
 * Exact id first, then the longest priced id that is a dated/variant prefix ("gpt-4.1-mini-2025-04-14"
 * → "gpt-4.1-mini"). The local engine is always free.
 */
export function priceFor(provider: string, model: string, table: readonly Price[]): PriceMatch {
  if (provider === "local") return { price: { inputMicrosPerMTok: 0, outputMicrosPerMTok: 0, cachedInputMicrosPerMTok: 0 }, matched: "local" };
  let best: Price | undefined;
  for (const row of table) {
    if (row.model === model) return { price: row, matched: row.model };
    if (model.startsWith(`${row.model}-`) && (!best || row.model.length > best.model.length)) best = row;
  }
  return best ? { price: best, matched: best.model } : { price: UNKNOWN_MODEL_PRICE, matched: null };
}

/** Rows override defaults of the same model id. */
export function mergePrices(rows: readonly Price[], defaults: readonly Price[] = DEFAULT_PRICES): Price[] {
  const byModel = new Map(defaults.map((p) => [p.model, p]));
  for (const row of rows) byModel.set(row.model, row);
  return [...byModel.values()];
}

export interface TokenCounts {
  input: number;
  cachedInput: number;
  output: number;
}

export function tokensOf(usage: LanguageModelV4Usage | undefined): TokenCounts {
  const total = usage?.inputTokens.total ?? 0;
  const cachedInput = usage?.inputTokens.cacheRead ?? 0;
  return { input: total, cachedInput: Math.min(cachedInput, total), output: usage?.outputTokens.total ?? 0 };
}

/** Rounded up, so a sum of calls never undercounts what the provider bills. */
export function costMicros(tokens: TokenCounts, price: PriceMatch["price"]): number {
  const uncached = Math.max(0, tokens.input - tokens.cachedInput);
  const cachedRate = price.cachedInputMicrosPerMTok ?? price.inputMicrosPerMTok;
  const scaled = uncached * price.inputMicrosPerMTok + tokens.cachedInput * cachedRate + tokens.output * price.outputMicrosPerMTok;
  return Math.ceil(scaled / 1_000_000);
}
