import type { LanguageModelV4 } from "@ai-sdk/provider";

export type AgentName = "extraction" | "classification" | "summarisation" | "validation";

/** Who a model call is for: what it is recorded against and which budgets it draws on. */
export interface CallContext {
  agent: AgentName;
  runId?: string;
  agentStepId?: string;
  tenantId?: string;
  apiTokenId?: string;
  /** The run's hard cap; when omitted the gateway reads Run.budgetCapMicros. */
  budgetCapMicros?: number;
  /** Force the local engine or the LLM; the agent's configured model otherwise. */
  tier?: "local" | "llm";
  /** false skips the response cache for this call (it is still recorded). */
  cache?: boolean;
}

export type ProviderName = "openai" | "local";

/** A concrete upstream model: what the gateway calls, prices, records and keeps a breaker for. */
export interface ModelTarget {
  provider: ProviderName;
  modelId: string;
  model: LanguageModelV4;
}
