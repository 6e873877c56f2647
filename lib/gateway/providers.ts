import "server-only";
import { createOpenAI, type OpenAIProvider } from "@ai-sdk/openai";
import type { LanguageModelV4 } from "@ai-sdk/provider";
import { env } from "@/lib/env";
import type { AgentName, ModelTarget } from "@/lib/gateway/call-context";
import { parseModelSpec } from "@/lib/gateway/model-spec";
import { localEngineModel } from "@/lib/local-engine/local-engine-provider";

// Turns a configured model spec into the upstream model the gateway wraps.

let openai: OpenAIProvider | undefined;

/** An OpenAI key, or a base URL for an OpenAI-compatible server (vLLM, Ollama), makes LLM calls possible. */
export function openaiConfigured(): boolean {
  return Boolean(env().OPENAI_API_KEY || env().OPENAI_BASE_URL);
}

function openaiProvider(): OpenAIProvider {
  // Self-hosted compatible servers usually take no key, but the provider insists on one.
  openai ??= createOpenAI({ apiKey: env().OPENAI_API_KEY ?? "no-key", baseURL: env().OPENAI_BASE_URL });
  return openai;
}

function openaiModel(modelId: string): LanguageModelV4 {
  const provider = openaiProvider();
  return env().OPENAI_API_STYLE === "responses" ? provider.responses(modelId) : provider.chat(modelId);
}

const targets = new Map<string, ModelTarget>();

/** The target for a spec such as "openai:gpt-4.1-mini" or "local"; model objects are reused. */
export function targetFor(spec: string, agent: AgentName): ModelTarget {
  const { provider, modelId } = parseModelSpec(spec, agent);
  const id = `${provider}:${modelId}`;
  let target = targets.get(id);
  if (!target) {
    target = { provider, modelId, model: provider === "openai" ? openaiModel(modelId) : localEngineModel(modelId) };
    targets.set(id, target);
  }
  return target;
}
