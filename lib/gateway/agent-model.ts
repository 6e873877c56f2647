import "server-only";
import type { LanguageModel } from "ai";
import { AppError } from "@/lib/core/errors";
import { env } from "@/lib/env";
import type { AgentName, CallContext, ModelTarget } from "@/lib/gateway/call-context";
import { breakerId, knownBreakerIds, type BreakerStatus } from "@/lib/gateway/circuit-breaker";
import { createGateway, type Gateway } from "@/lib/gateway/gateway";
import { parseModelSpec } from "@/lib/gateway/model-spec";
import { openaiConfigured, targetFor } from "@/lib/gateway/providers";
import { LOCAL_MODEL_IDS } from "@/lib/local-engine/local-engine-provider";

// What agents call: the configured model for an agent, behind the gateway. Agents then use
// generateText/streamText (with Output.object for structured output) and `maxRetries: 0`.

export type { AgentName, CallContext };

export const AGENTS: readonly AgentName[] = ["extraction", "classification", "summarisation", "validation"];

const holder = globalThis as unknown as { sieveGateway?: Gateway };

export function gateway(): Gateway {
  holder.sieveGateway ??= createGateway();
  return holder.sieveGateway;
}

function configured(agent: AgentName): { spec: string; fallback?: string } {
  const e = env();
  const specs = {
    extraction: [e.SIEVE_MODEL_EXTRACTION, e.SIEVE_FALLBACK_EXTRACTION],
    classification: [e.SIEVE_MODEL_CLASSIFICATION, e.SIEVE_FALLBACK_CLASSIFICATION],
    summarisation: [e.SIEVE_MODEL_SUMMARISATION, e.SIEVE_FALLBACK_SUMMARISATION],
    validation: [e.SIEVE_MODEL_VALIDATION, e.SIEVE_FALLBACK_VALIDATION],
  } as const;
  const [spec, fallback] = specs[agent];
  return { spec, fallback };
}

/** OpenAI specs need an OpenAI key or base URL; without one they are not usable. */
function usable(spec: string | undefined, agent: AgentName): spec is string {
  return spec !== undefined && (parseModelSpec(spec, agent).provider === "local" || openaiConfigured());
}

function wrap(specs: string[], ctx: CallContext): LanguageModel {
  const [first, ...rest] = specs.map((s) => targetFor(s, ctx.agent));
  return gateway().model([first!, ...rest], ctx);
}

/** The LLM spec local answers escalate to: the agent's own OpenAI model, else the escalation model. */
function llmSpec(agent: AgentName): string | null {
  if (!openaiConfigured()) return null;
  const { spec } = configured(agent);
  if (parseModelSpec(spec, agent).provider === "openai") return spec;
  const escalation = env().SIEVE_ESCALATION_MODEL;
  return parseModelSpec(escalation, agent).provider === "openai" ? escalation : null;
}

/** The agent's configured model (and fallback, if set and usable), wrapped by the gateway. */
export function modelFor(ctx: CallContext): LanguageModel {
  if (ctx.tier === "llm") {
    const model = llmModelFor(ctx);
    if (!model) throw new AppError("unavailable", "No LLM is configured: set OPENAI_API_KEY or OPENAI_BASE_URL", { agent: ctx.agent });
    return model;
  }
  if (ctx.tier === "local") return wrap(["local"], ctx);
  const { spec, fallback } = configured(ctx.agent);
  const primary = usable(spec, ctx.agent) ? spec : "local";
  return wrap(usable(fallback, ctx.agent) && fallback !== primary ? [primary, fallback] : [primary], ctx);
}

/** The configured LLM for cascade escalation; null when no OpenAI key or base URL is configured. */
export function llmModelFor(ctx: CallContext): LanguageModel | null {
  const spec = llmSpec(ctx.agent);
  if (!spec) return null;
  const { fallback } = configured(ctx.agent);
  return wrap(usable(fallback, ctx.agent) && fallback !== spec ? [spec, fallback] : [spec], ctx);
}

/** Which upstream models each agent uses now (for the spend and status pages). */
export function configuredTargets(): Array<{ agent: AgentName; role: "primary" | "fallback" | "escalation"; target: Pick<ModelTarget, "provider" | "modelId"> }> {
  return AGENTS.flatMap((agent) => {
    const { spec, fallback } = configured(agent);
    const rows: Array<{ agent: AgentName; role: "primary" | "fallback" | "escalation"; spec: string }> = [
      { agent, role: "primary", spec: usable(spec, agent) ? spec : "local" },
    ];
    if (usable(fallback, agent)) rows.push({ agent, role: "fallback", spec: fallback });
    const escalation = llmSpec(agent);
    if (escalation && escalation !== rows[0]!.spec) rows.push({ agent, role: "escalation", spec: escalation });
    return rows.map(({ spec: s, ...row }) => ({ ...row, target: parseModelSpec(s, agent) }));
  });
}

/** Breaker state of every configured model (the local engine's only where it has one) and any other this process has called. */
export async function breakerStatuses(): Promise<BreakerStatus[]> {
  const configuredIds = configuredTargets()
    .filter(({ target }) => target.provider !== "local" || (LOCAL_MODEL_IDS as readonly string[]).includes(target.modelId))
    .map(({ target }) => breakerId(target.provider, target.modelId));
  const ids = new Set([...configuredIds, ...knownBreakerIds()]);
  return Promise.all([...ids].sort().map((id) => gateway().breakers.status(id)));
}
