import type { LanguageModelV4GenerateResult, LanguageModelV4StreamPart, SharedV4ProviderMetadata } from "@ai-sdk/provider";

// How answers are kept in the cache and brought back: plain JSON, dates revived, nothing that
// only makes sense once (request bodies, raw chunks, HTTP headers).

export type CachedAnswer =
  | { kind: "generate"; result: Omit<LanguageModelV4GenerateResult, "request" | "response"> & { response?: { id?: string; modelId?: string; timestamp?: string } } }
  | { kind: "stream"; parts: LanguageModelV4StreamPart[] };

/** What the gateway adds to providerMetadata so callers can see cost and cache use without the records. */
export interface GatewayMetadata {
  cacheHit: boolean;
  costMicros: number;
  attempts: number;
  provider: string;
  model: string;
  [key: string]: string | number | boolean;
}

const CACHEABLE_CONTENT = new Set(["text", "reasoning", "tool-call", "source"]);
const CACHEABLE_FINISH = new Set(["stop", "length", "tool-calls"]);
const STREAM_PARTS_KEPT_OUT = new Set(["raw", "ping"]);

export function isCacheableResult(result: LanguageModelV4GenerateResult): boolean {
  return CACHEABLE_FINISH.has(result.finishReason.unified) && result.content.every((part) => CACHEABLE_CONTENT.has(part.type));
}

/** Parts worth replaying, or null when the stream should not be cached (error, odd finish, binary parts). */
export function cacheableParts(parts: readonly LanguageModelV4StreamPart[]): LanguageModelV4StreamPart[] | null {
  const kept: LanguageModelV4StreamPart[] = [];
  let finished = false;
  for (const part of parts) {
    if (part.type === "error" || part.type === "file" || part.type === "reasoning-file") return null;
    if (part.type === "finish") finished = CACHEABLE_FINISH.has(part.finishReason.unified);
    if (!STREAM_PARTS_KEPT_OUT.has(part.type)) kept.push(part);
  }
  return finished ? kept : null;
}

export function serializeGenerate(result: LanguageModelV4GenerateResult): string {
  const { request: _request, response, ...rest } = result;
  const kept: CachedAnswer = {
    kind: "generate",
    result: { ...rest, response: response && { id: response.id, modelId: response.modelId, timestamp: response.timestamp?.toISOString() } },
  };
  return JSON.stringify(kept);
}

export function serializeStream(parts: LanguageModelV4StreamPart[]): string {
  return JSON.stringify({ kind: "stream", parts } satisfies CachedAnswer);
}

export function parseCached(text: string): CachedAnswer | null {
  try {
    const value = JSON.parse(text) as CachedAnswer;
    return value.kind === "generate" || value.kind === "stream" ? value : null;
  } catch {
    return null;
  }
}

export function withGatewayMetadata(metadata: SharedV4ProviderMetadata | undefined, gateway: GatewayMetadata): SharedV4ProviderMetadata {
  return { ...metadata, sieve: gateway };
}

export function revivedGenerate(cached: Extract<CachedAnswer, { kind: "generate" }>, gateway: GatewayMetadata): LanguageModelV4GenerateResult {
  const { response, ...rest } = cached.result;
  return {
    ...rest,
    response: response && { id: response.id, modelId: response.modelId, timestamp: response.timestamp ? new Date(response.timestamp) : undefined },
    providerMetadata: withGatewayMetadata(rest.providerMetadata, gateway),
  };
}

export function revivedParts(parts: LanguageModelV4StreamPart[], gateway: GatewayMetadata): LanguageModelV4StreamPart[] {
  return parts.map((part) => {
    if (part.type === "response-metadata" && typeof part.timestamp === "string") return { ...part, timestamp: new Date(part.timestamp) };
    if (part.type === "finish") return { ...part, providerMetadata: withGatewayMetadata(part.providerMetadata, gateway) };
    return part;
  });
}

/** A finished answer as a stream that replays at once. */
export function replayStream(parts: LanguageModelV4StreamPart[]): ReadableStream<LanguageModelV4StreamPart> {
  return new ReadableStream({
    start(controller) {
      for (const part of parts) controller.enqueue(part);
      controller.close();
    },
  });
}
