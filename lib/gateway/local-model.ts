import type { LanguageModelV4 } from "@ai-sdk/provider";
// INTERIM: replaced by the local engine's provider once lib/local-engine ships it.
export function localModel(modelId: string): LanguageModelV4 {
  throw new Error(`local engine not available yet (${modelId})`);
}
