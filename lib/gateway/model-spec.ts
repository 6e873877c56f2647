import type { AgentName, ProviderName } from "@/lib/gateway/call-context";

// "local" | "local:<id>" | "openai:<model>" (validated in lib/env.ts) → provider and model id.

export interface ModelSpec {
  provider: ProviderName;
  modelId: string;
}

/** Plain "local" means the local engine's model for that agent, e.g. `local-extraction`. */
export function parseModelSpec(spec: string, agent: AgentName): ModelSpec {
  if (spec === "local") return { provider: "local", modelId: `local-${agent}` };
  const at = spec.indexOf(":");
  const provider = spec.slice(0, at);
  const modelId = spec.slice(at + 1);
  if ((provider !== "local" && provider !== "openai") || at < 0 || modelId === "") {
    throw new Error(`Unknown model spec "${spec}": use "local", "local:<id>" or "openai:<model>"`);
  }
  return { provider, modelId };
}
