import type { ServerResponse } from "node:http";
import { setTimeout as delay } from "node:timers/promises";

/** One finished answer, before it is shaped for an API. */
export interface Completion {
  id: string;
  model: string;
  /** Unix seconds. */
  createdAt: number;
  text: string;
  promptTokens: number;
  completionTokens: number;
}

export interface SseEvent {
  event?: string;
  data: string;
}

/** Frames are built lazily, in send order, because the Responses API numbers its events. */
export interface StreamFrames {
  opening(): SseEvent[];
  delta(text: string): SseEvent;
  closing(): SseEvent[];
  /** A frame whose data is cut mid-JSON. */
  brokenFrame: SseEvent;
}

/** How one OpenAI API shapes a completion: Chat Completions or Responses. */
export interface Dialect {
  idPrefix: string;
  json(completion: Completion): unknown;
  stream(completion: Completion, body: Record<string, unknown>): StreamFrames;
}

export function formatEvent(event: SseEvent): string {
  return `${event.event ? `event: ${event.event}\n` : ""}data: ${event.data}\n\n`;
}

/** Resolves true after `ms`, or false as soon as `signal` aborts. */
export async function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return false;
  if (ms <= 0) return true;
  try {
    await delay(ms, undefined, { signal });
    return true;
  } catch {
    return false;
  }
}

/** When token `i` (0-based) is due, in ms after the request started generating. */
export function tokenDueMs(i: number, ttftMs: number, tokensPerSecond: number): number {
  return tokensPerSecond > 0 ? ttftMs + (i * 1000) / tokensPerSecond : ttftMs;
}

function write(res: ServerResponse, text: string): Promise<void> {
  return new Promise((resolve) => res.write(text, () => resolve()));
}

/** Ends the connection abruptly once what was written has been flushed. */
export async function cutConnection(res: ServerResponse, lastWrite: string): Promise<void> {
  if (lastWrite) await write(res, lastWrite);
  res.socket?.destroy();
}

export interface StreamPlan {
  frames: StreamFrames;
  tokens: string[];
  ttftMs: number;
  tokensPerSecond: number;
  /** Cut the connection after this many text deltas. */
  dropAfter?: number;
  /** Send a broken frame instead of the text. */
  malformed?: boolean;
  /** Called after each write of text deltas, with how many have gone out so far. */
  onDeltas?: (sent: number) => void;
}

/** Streams the answer as SSE, pacing deltas in real time; returns false if the client left first. */
export async function writeStream(res: ServerResponse, plan: StreamPlan, signal: AbortSignal): Promise<boolean> {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
  res.flushHeaders();
  await write(res, plan.frames.opening().map(formatEvent).join(""));

  if (plan.malformed || plan.dropAfter === 0) {
    if (!(await sleep(plan.ttftMs, signal))) return false;
    if (plan.malformed) res.end(formatEvent(plan.frames.brokenFrame));
    else await cutConnection(res, "");
    return true;
  }

  const started = Date.now();
  let sent = 0;
  while (sent < plan.tokens.length) {
    if (!(await sleep(tokenDueMs(sent, plan.ttftMs, plan.tokensPerSecond) - (Date.now() - started), signal))) return false;
    // Everything already due goes out in one write, so high token rates don't depend on timer resolution.
    const elapsed = Date.now() - started;
    let batch = "";
    do {
      batch += formatEvent(plan.frames.delta(plan.tokens[sent]!));
      sent++;
      if (sent === plan.dropAfter) {
        await cutConnection(res, batch);
        return true;
      }
    } while (sent < plan.tokens.length && tokenDueMs(sent, plan.ttftMs, plan.tokensPerSecond) <= elapsed);
    await write(res, batch);
    plan.onDeltas?.(sent);
  }
  if (plan.dropAfter !== undefined) {
    await cutConnection(res, "");
    return true;
  }
  res.end(plan.frames.closing().map(formatEvent).join(""));
  return true;
}
