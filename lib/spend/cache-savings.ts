import { costMicros, priceFor, type Price } from "@/lib/gateway/pricing";

// A cache hit costs nothing; what it saved is what the same tokens would have cost at the model's
// price (the current price table, the one the gateway charges by).

export interface HitTokens {
  provider: string;
  model: string;
  hitInputTokens: number;
  hitOutputTokens: number;
}

export function savedMicros(hits: HitTokens, prices: readonly Price[]): number {
  if (hits.hitInputTokens === 0 && hits.hitOutputTokens === 0) return 0;
  const { price } = priceFor(hits.provider, hits.model, prices);
  return costMicros({ input: hits.hitInputTokens, cachedInput: 0, output: hits.hitOutputTokens }, price);
}
