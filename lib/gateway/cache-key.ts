import crypto from "node:crypto";
import type { LanguageModelV4CallOptions } from "@ai-sdk/provider";

// What makes two requests "identical": model, messages, output schema, tools and sampling
// parameters. Transport details (abort signal, headers, raw chunks) do not change the answer.

/**
 * JSON with sorted keys, bytes as base64 and URLs as strings, so equal requests hash equally.
 * Built by appending to one string: every model call hashes its whole prompt and schema, and
 * the intermediate arrays of a map/join version were a visible share of a burst of calls.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined || typeof value === "function") return "null";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (value instanceof Uint8Array) return JSON.stringify({ $bytes: Buffer.from(value).toString("base64") });
  if (value instanceof URL) return JSON.stringify({ $url: value.href });
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) {
    let json = "[";
    for (let i = 0; i < value.length; i++) json += (i > 0 ? "," : "") + canonicalJson(value[i]);
    return `${json}]`;
  }
  const record = value as Record<string, unknown>;
  // The default sort orders strings by UTF-16 code units, as `a < b` does.
  const keys = Object.keys(record).sort();
  let json = "{";
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    json += `${json.length > 1 ? "," : ""}${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${json}}`;
}

export function cacheKey(mode: "generate" | "stream", provider: string, modelId: string, params: LanguageModelV4CallOptions): string {
  const { abortSignal: _signal, headers: _headers, includeRawChunks: _raw, ...request } = params;
  const digest = crypto.createHash("sha256").update(canonicalJson({ v: 1, mode, provider, modelId, request })).digest("base64url");
  return `gw:cache:${digest}`;
}
