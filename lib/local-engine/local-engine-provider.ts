/**
 * The local engine as an AI SDK provider (LanguageModelV4), so agents call it like any LLM.
 *
 * Convention for callers (the agents in lib/agents follow it through prompt-frame.ts):
 * - Model ids: "local-extraction", "local-classification", "local-summarisation".
 * - The document is the text between `<document>` and the last `</document>` in the user
 *   message(s); one newline right after the opening tag and right before the closing tag is part
 *   of the frame, not of the document. Offsets in the answer count from the first character after
 *   that newline. Without markers, the whole text of the user messages is the document.
 *   System messages and instructions are ignored: the engine does one fixed job per model id.
 * - Optional hint: `providerOptions: { sieve: { docType: "invoice" | "receipt" | "generic" } }`
 *   makes extraction use that type's fields instead of the engine's own classification.
 * - The answer is one JSON text matching lib/schemas/agent-outputs.ts: extractionOutputSchema,
 *   classificationOutputSchema or summarisationOutputSchema; confidences are calibrated on
 *   labelled receipts where fields have labels (see lib/local-engine/model-params.json).
 * - Usage: tokens estimated at 4 characters per token; it costs nothing, and providerMetadata
 *   says so: `{ sieve: { tier: "local", costMicroDollars: 0 } }`.
 */
import {
  NoSuchModelError,
  type LanguageModelV4,
  type LanguageModelV4CallOptions,
  type LanguageModelV4GenerateResult,
  type LanguageModelV4Prompt,
  type LanguageModelV4StreamPart,
  type LanguageModelV4Usage,
} from "@ai-sdk/provider";
import { analyzeDocument, type AnalyzeOptions } from "@/lib/local-engine/analyze-document";
import { docTypeIdSchema } from "@/lib/schemas/document-types";

export const LOCAL_MODEL_IDS = ["local-extraction", "local-classification", "local-summarisation"] as const;
export type LocalModelId = (typeof LOCAL_MODEL_IDS)[number];

const PROVIDER = "sieve-local";
const CHARS_PER_TOKEN = 4;
const STREAM_CHUNK = 64;

export function documentFromPrompt(prompt: LanguageModelV4Prompt): string {
  const text = prompt
    .filter((message) => message.role === "user")
    .flatMap((message) => message.content.flatMap((part) => (part.type === "text" ? [part.text] : [])))
    .join("\n");
  const open = text.indexOf("<document>");
  const close = text.lastIndexOf("</document>");
  if (open === -1 || close < open) return text;
  return text
    .slice(open + "<document>".length, close)
    .replace(/^\r?\n/, "")
    .replace(/\r?\n$/, "");
}

function promptLength(prompt: LanguageModelV4Prompt): number {
  return prompt.reduce((sum, message) => {
    if (typeof message.content === "string") return sum + message.content.length;
    return sum + message.content.reduce((s, part) => s + ("text" in part && typeof part.text === "string" ? part.text.length : 0), 0);
  }, 0);
}

function usage(inputChars: number, outputChars: number): LanguageModelV4Usage {
  const input = Math.ceil(inputChars / CHARS_PER_TOKEN);
  const output = Math.ceil(outputChars / CHARS_PER_TOKEN);
  return {
    inputTokens: { total: input, noCache: input, cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: output, text: output, reasoning: 0 },
  };
}

function answer(modelId: LocalModelId, options: LanguageModelV4CallOptions, analyzeOptions: AnalyzeOptions): string {
  const hint = docTypeIdSchema.safeParse((options.providerOptions?.sieve as { docType?: unknown } | undefined)?.docType);
  const analysis = analyzeDocument(documentFromPrompt(options.prompt), {
    ...analyzeOptions,
    docType: hint.success ? hint.data : analyzeOptions.docType,
  });
  switch (modelId) {
    case "local-extraction":
      return JSON.stringify(analysis.extraction);
    case "local-classification":
      return JSON.stringify(analysis.classification);
    case "local-summarisation":
      return JSON.stringify(analysis.summary);
  }
}

const providerMetadata = { sieve: { tier: "local", costMicroDollars: 0 } };

export function localEngineModel(modelId: string, analyzeOptions: AnalyzeOptions = {}): LanguageModelV4 {
  if (!(LOCAL_MODEL_IDS as readonly string[]).includes(modelId)) {
    throw new NoSuchModelError({ modelId, modelType: "languageModel", message: `The local engine has no model "${modelId}".` });
  }
  const id = modelId as LocalModelId;
  const generate = (options: LanguageModelV4CallOptions): LanguageModelV4GenerateResult => {
    options.abortSignal?.throwIfAborted();
    const text = answer(id, options, analyzeOptions);
    return {
      content: [{ type: "text", text }],
      finishReason: { unified: "stop", raw: "stop" },
      usage: usage(promptLength(options.prompt), text.length),
      providerMetadata,
      response: { modelId: id, timestamp: new Date() },
      warnings: [],
    };
  };
  return {
    specificationVersion: "v4",
    provider: PROVIDER,
    modelId: id,
    supportedUrls: {},
    doGenerate: async (options) => generate(options),
    doStream: async (options) => {
      const result = generate(options);
      const text = result.content[0].type === "text" ? result.content[0].text : "";
      const parts: LanguageModelV4StreamPart[] = [
        { type: "stream-start", warnings: [] },
        { type: "response-metadata", modelId: id, timestamp: new Date() },
        { type: "text-start", id: "0" },
      ];
      for (let i = 0; i < text.length; i += STREAM_CHUNK) parts.push({ type: "text-delta", id: "0", delta: text.slice(i, i + STREAM_CHUNK) });
      parts.push({ type: "text-end", id: "0" }, { type: "finish", usage: result.usage, finishReason: result.finishReason, providerMetadata });
      return {
        stream: new ReadableStream<LanguageModelV4StreamPart>({
          start(controller) {
            for (const part of parts) controller.enqueue(part);
            controller.close();
          },
        }),
      };
    },
  };
}

/** `provider("local-extraction")` or `provider.languageModel(...)`: the shape gateways expect. */
export function createLocalEngineProvider(analyzeOptions: AnalyzeOptions = {}) {
  const languageModel = (modelId: string) => localEngineModel(modelId, analyzeOptions);
  return Object.assign(languageModel, { languageModel });
}
