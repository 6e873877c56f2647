import { env } from "@/lib/env";
import type { BreakerConfig } from "@/lib/gateway/breaker-state";
import type { RetryConfig } from "@/lib/gateway/retry-policy";

export interface GatewayConfig {
  /** 0 turns the response cache off. */
  cacheTtlMs: number;
  /** Per attempt: until the answer (generate) or the first content part and then between parts (stream). */
  timeoutMs: number;
  /** Set on calls that name no maximum, so the worst case that budgets reserve is a real bound. */
  defaultMaxOutputTokens: number;
  retry: RetryConfig;
  breaker: BreakerConfig;
  /** How long admin-edited prices and budgets may be served from memory. */
  tableCacheMs: number;
}

export const DEFAULT_BREAKER: BreakerConfig = {
  windowMs: 30_000,
  buckets: 10,
  minCalls: 10,
  failureRate: 0.5,
  openMs: 10_000,
  probesToClose: 2,
  retryRatio: 0.1,
  minRetries: 3,
};

export function gatewayConfigFromEnv(): GatewayConfig {
  const e = env();
  return {
    cacheTtlMs: e.SIEVE_CACHE_TTL_SECONDS * 1000,
    timeoutMs: e.SIEVE_MODEL_TIMEOUT_MS,
    defaultMaxOutputTokens: 4096,
    retry: { maxAttempts: e.SIEVE_MODEL_MAX_ATTEMPTS, baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 30_000 },
    breaker: DEFAULT_BREAKER,
    tableCacheMs: 30_000,
  };
}

export interface GatewayOverrides extends Partial<Omit<GatewayConfig, "retry" | "breaker">> {
  retry?: Partial<RetryConfig>;
  breaker?: Partial<BreakerConfig>;
}

export function withOverrides(base: GatewayConfig, overrides: GatewayOverrides = {}): GatewayConfig {
  return { ...base, ...overrides, retry: { ...base.retry, ...overrides.retry }, breaker: { ...base.breaker, ...overrides.breaker } };
}
