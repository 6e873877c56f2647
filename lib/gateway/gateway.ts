import "server-only";
import type { LanguageModelV4 } from "@ai-sdk/provider";
import { getStore } from "@/lib/store/get-store";
import type { Store } from "@/lib/store/store";
import type { GatewayDeps } from "@/lib/gateway/attempts";
import { BudgetGuard } from "@/lib/gateway/budget-guard";
import type { CallContext, ModelTarget } from "@/lib/gateway/call-context";
import { callRecorder, type CallRecorder } from "@/lib/gateway/call-recorder";
import { breakerId, CircuitBreakers, rememberBreaker } from "@/lib/gateway/circuit-breaker";
import { gatewayConfigFromEnv, withOverrides, type GatewayConfig, type GatewayOverrides } from "@/lib/gateway/config";
import { GatewayModel } from "@/lib/gateway/gateway-model";
import { lookupPrice } from "@/lib/gateway/price-table";
import type { PriceMatch } from "@/lib/gateway/pricing";
import { Flights } from "@/lib/gateway/single-flight";

export interface Gateway {
  readonly config: GatewayConfig;
  readonly breakers: CircuitBreakers;
  readonly budgets: BudgetGuard;
  /** Wraps the target (and optional fallbacks, tried in order) for one agent call. */
  model(targets: [ModelTarget, ...ModelTarget[]], ctx: CallContext): LanguageModelV4;
}

export interface GatewayOptions {
  store?: Store;
  config?: GatewayOverrides;
  recorder?: CallRecorder;
  price?: (provider: string, model: string) => Promise<PriceMatch>;
}

/** One gateway per process serves every agent; tests and benchmarks make their own with tighter settings. */
export function createGateway(options: GatewayOptions = {}): Gateway {
  const config = withOverrides(gatewayConfigFromEnv(), options.config);
  const store = options.store ?? getStore();
  const probeTtlMs = config.timeoutMs + 1_000;
  const deps: GatewayDeps = {
    config,
    store,
    breakers: new CircuitBreakers(store, config.breaker, probeTtlMs),
    budgets: new BudgetGuard(store),
    recorder: options.recorder ?? callRecorder(),
    flights: new Flights(store),
    price: options.price ?? lookupPrice,
  };
  return {
    config,
    breakers: deps.breakers,
    budgets: deps.budgets,
    model(targets, ctx) {
      for (const t of targets) rememberBreaker(breakerId(t.provider, t.modelId));
      return new GatewayModel(deps, ctx, targets);
    },
  };
}
