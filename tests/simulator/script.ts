import type { IncomingHttpHeaders } from "node:http";
import type { Fault } from "./faults";
import { sampleFromSchema } from "./schema-sample";

export type SimulatedApi = "chat" | "responses";

/** What a script sees of one upstream request. */
export interface SimRequest {
  api: SimulatedApi;
  model: string;
  stream: boolean;
  /** The parsed JSON body exactly as the provider sent it. */
  body: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  /** Chat `messages`, or Responses `instructions` + `input`, as message-like items. */
  conversation: unknown[];
  /** Text of the last user message: the usual thing to key answers on. */
  userText: string;
  /** The JSON schema of a structured-output request (response_format / text.format), if any. */
  jsonSchema?: Record<string, unknown>;
  /** 1-based arrival number since start (or the last reset). */
  index: number;
}

export interface Latency {
  /** Delay before the first token (streaming) or before the timed generation starts (non-streaming). */
  ttftMs?: number;
  /** Generation speed; 0 or omitted sends every token at once. Non-streaming answers also wait for it. */
  tokensPerSecond?: number;
}

export interface ScriptedAnswer extends Latency {
  /** The assistant's text. */
  text?: string;
  /** Serialised with JSON.stringify; wins over `text`. */
  json?: unknown;
  /** Fail this request instead of answering. */
  fault?: Fault;
  /** Override the computed usage. */
  usage?: { promptTokens?: number; completionTokens?: number };
}

export type Script = (request: SimRequest) => ScriptedAnswer | Promise<ScriptedAnswer>;

/** A structured-output request gets a value matching its schema; anything else a fixed sentence. */
export const defaultScript: Script = (request) =>
  request.jsonSchema
    ? { json: sampleFromSchema(request.jsonSchema) }
    : { text: `Simulated answer from ${request.model}.` };

/** Hands out `answers` in order, one per call, then keeps repeating the last one. */
export function sequence(answers: ScriptedAnswer[]): Script {
  if (answers.length === 0) throw new Error("sequence() needs at least one answer");
  let calls = 0;
  return () => answers[Math.min(calls++, answers.length - 1)]!;
}

export function answerText(answer: ScriptedAnswer): string {
  if (answer.json !== undefined) return JSON.stringify(answer.json);
  return answer.text ?? "";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Chat: response_format.json_schema.schema; Responses: text.format.schema (type json_schema). */
export function jsonSchemaOf(body: Record<string, unknown>): Record<string, unknown> | undefined {
  const chatFormat = isRecord(body.response_format) ? body.response_format : undefined;
  if (chatFormat?.type === "json_schema" && isRecord(chatFormat.json_schema) && isRecord(chatFormat.json_schema.schema)) {
    return chatFormat.json_schema.schema;
  }
  const text = isRecord(body.text) ? body.text : undefined;
  const format = isRecord(text?.format) ? text.format : undefined;
  if (format?.type === "json_schema" && isRecord(format.schema)) return format.schema;
  return undefined;
}
