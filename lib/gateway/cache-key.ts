import crypto from "node:crypto";
import type { LanguageModelV4CallOptions } from "@ai-sdk/provider";

// What makes two requests "identical": model, messages, output schema, tools and sampling
// parameters. Transport details (abort signal, headers, raw chunks) do not change the answer.

/** JSON with sorted keys, bytes as base64 and URLs as strings, so equal requests hash equally. */
export function canonicalJson(value: unknown): string {
  if (value === undefined || typeof value === "function") return "null";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (value instanceof Uint8Array) return JSON.stringify({ $bytes: Buffer.from(value).toString("base64") });
  if (value instanceof URL) return JSON.stringify({ $url: value.href });
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function cacheKey(mode: "generate" | "stream", provider: string, modelId: string, params: LanguageModelV4CallOptions): string {
  const { abortSignal: _signal, headers: _headers, includeRawChunks: _raw, ...request } = params;
  const digest = crypto.createHash("sha256").update(canonicalJson({ v: 1, mode, provider, modelId, request })).digest("base64url");
  return `gw:cache:${digest}`;
}
