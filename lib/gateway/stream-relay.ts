import "server-only";
import type { LanguageModelV4CallOptions, LanguageModelV4StreamPart, LanguageModelV4StreamResult } from "@ai-sdk/provider";
import { callRow, elapsedMs, upstreamFailed, type Admitted, type GatewayDeps } from "@/lib/gateway/attempts";
import type { AttemptSignal } from "@/lib/gateway/attempt-signal";
import { withGatewayMetadata } from "@/lib/gateway/cached-result";
import type { CallContext, ModelTarget } from "@/lib/gateway/call-context";
import { costMicros, tokensOf } from "@/lib/gateway/pricing";
import { classifyFailure } from "@/lib/gateway/retry-policy";

type Part = LanguageModelV4StreamPart;

export interface OpenedStream {
  result: LanguageModelV4StreamResult;
  reader: ReadableStreamDefaultReader<Part>;
  /** Parts read up to the first real output: nothing has reached the caller yet. */
  head: Part[];
}

export type StreamOutcome = { ok: true; parts: Part[] } | { ok: false; error: unknown; aborted: boolean };

const NO_OUTPUT_YET = new Set<Part["type"]>(["stream-start", "response-metadata", "raw", "ping", "text-start", "reasoning-start", "text-end", "reasoning-end"]);

/** Providers open with metadata and empty deltas; the first real output is what cannot be taken back. */
function isOutput(part: Part): boolean {
  if (part.type === "text-delta" || part.type === "reasoning-delta" || part.type === "tool-input-delta") return part.delta !== "";
  return !NO_OUTPUT_YET.has(part.type);
}

/**
 * Opens the upstream stream and reads up to its first real output, so failures before any output
 * (429 on connect, a stream that errors at once, no first token in time) are retried like generate.
 */
export async function openStream(target: ModelTarget, call: LanguageModelV4CallOptions, signal: AttemptSignal): Promise<OpenedStream> {
  const result = await target.model.doStream({ ...call, abortSignal: signal.signal });
  const reader = result.stream.getReader();
  const head: Part[] = [];
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (value.type === "error") throw value.error;
      head.push(value);
      if (isOutput(value)) break;
    }
  } catch (error) {
    reader.cancel().catch(() => undefined);
    throw error;
  }
  return { result, reader, head };
}

type TextDelta = Extract<Part, { type: "text-delta" }>;

/** Deltas of the same text with nothing attached can be handed on as one. */
function joinable(into: TextDelta, part: Part): part is TextDelta {
  return part.type === "text-delta" && part.id === into.id && part.providerMetadata === undefined && into.providerMetadata === undefined;
}

const NOT_YET = Symbol("not yet");

/** The promise's value if it settles before the event loop turns (it needs no I/O), else NOT_YET. */
function settledThisTurn<T>(promise: Promise<T>): Promise<T | typeof NOT_YET> {
  return new Promise((resolve) => {
    const timer = setImmediate(() => resolve(NOT_YET));
    promise.then(
      (value) => (clearImmediate(timer), resolve(value)),
      () => (clearImmediate(timer), resolve(NOT_YET)),
    );
  });
}

/**
 * Passes an opened stream through to the caller, resetting the idle timer per part. At the end it
 * settles the budget, records the attempt, tells the breaker, and hands the parts to `done`
 * (which caches them); a failure mid-stream becomes an error part, since output already went out.
 *
 * Text deltas that have already arrived together (a burst of tokens in one network read, or
 * tokens that queued while the process was busy) go to the caller as one delta: every part costs
 * the SDK's stream pipeline the same main-thread work whatever its size. A delta that is alone
 * goes on at once; the cache keeps the parts as the model sent them.
 */
export function relayStream(deps: GatewayDeps, ctx: CallContext, admitted: Admitted<OpenedStream>, done: (outcome: StreamOutcome) => void): ReadableStream<Part> {
  const { value, target, attempt, ticket, hold, price, signal, startedAt } = admitted;
  const { reader } = value;
  const pending = [...value.head];
  const parts: Part[] = [];
  /** A read already started (by joinReady) that the next part comes from. */
  let ahead: Promise<ReadableStreamReadResult<Part>> | null = null;
  let over = false;

  const record = (fields: Parameters<typeof callRow>[3]) =>
    deps.recorder.record(callRow(ctx, target, true, { attempt, latencyMs: elapsedMs(startedAt), breakerState: ticket.state, ...fields }));

  function read(): Promise<ReadableStreamReadResult<Part>> {
    signal.restart(deps.config.timeoutMs);
    return reader.read();
  }

  async function next(): Promise<Part | undefined> {
    const queued = pending.shift();
    if (queued) return queued;
    const started = ahead ?? read();
    ahead = null;
    const { done: finished, value: part } = await started;
    return finished ? undefined : part;
  }

  /** `first` extended by the deltas of the same text that are already there. */
  async function joinReady(first: TextDelta): Promise<TextDelta> {
    let delta = first.delta;
    for (;;) {
      const queued = pending[0];
      if (queued) {
        if (!joinable(first, queued)) break;
        pending.shift();
        parts.push(queued);
        delta += queued.delta;
        continue;
      }
      // Anything but a joinable delta that is already there stays in `ahead` for the next pull.
      ahead = read();
      const result = await settledThisTurn(ahead);
      if (result === NOT_YET || result.done || !joinable(first, result.value)) break;
      ahead = null;
      parts.push(result.value);
      delta += result.value.delta;
    }
    return delta === first.delta ? first : { ...first, delta };
  }

  async function finish(controller: ReadableStreamDefaultController<Part>, part: Extract<Part, { type: "finish" }>) {
    if (over) return;
    over = true;
    signal.dispose();
    const tokens = tokensOf(part.usage);
    const cost = costMicros(tokens, price.price);
    const counted = deps.breakers.success(ticket);
    if (ticket.probe) await counted;
    void hold.settle(cost);
    record({ inputTokens: tokens.input, outputTokens: tokens.output, costMicros: cost });
    parts.push(part);
    const metadata = { cacheHit: false, costMicros: cost, attempts: attempt, provider: target.provider, model: target.modelId };
    controller.enqueue({ ...part, providerMetadata: withGatewayMetadata(part.providerMetadata, metadata) });
    controller.close();
    // Drain what little follows so the connection goes back to the pool.
    while (!(await reader.read().catch(() => ({ done: true }))).done);
    done({ ok: true, parts });
  }

  async function fail(controller: ReadableStreamDefaultController<Part>, error: unknown) {
    // A cancel that raced this read has already ended the attempt.
    if (over) return;
    over = true;
    signal.dispose();
    reader.cancel().catch(() => undefined);
    const failure = classifyFailure(error, { timedOut: signal.timedOut, callerAborted: signal.callerAborted, now: Date.now() });
    record({ errorClass: failure.errorClass, errorMessage: failure.message });
    await (failure.retryable ? deps.breakers.failure(ticket) : deps.breakers.release(ticket));
    // Usage of a cut stream is unknown; the provider reports it only in the finish part.
    await hold.settle(0);
    if (failure.errorClass === "aborted") controller.error(error);
    else {
      controller.enqueue({ type: "error", error: upstreamFailed(target, failure, attempt) });
      controller.close();
    }
    done({ ok: false, error, aborted: failure.errorClass === "aborted" });
  }

  return new ReadableStream<Part>({
    async pull(controller) {
      try {
        const part = await next();
        if (!part) return await fail(controller, new TypeError("terminated: the model's stream ended without a finish part"));
        if (part.type === "error") return await fail(controller, part.error);
        if (part.type === "finish") return await finish(controller, part);
        parts.push(part);
        controller.enqueue(part.type === "text-delta" ? await joinReady(part) : part);
      } catch (error) {
        await fail(controller, error);
      }
    },
    async cancel(reason) {
      if (over) return;
      over = true;
      signal.abort(reason);
      signal.dispose();
      reader.cancel(reason).catch(() => undefined);
      record({ errorClass: "aborted", errorMessage: "the caller stopped reading the stream" });
      await deps.breakers.release(ticket);
      await hold.settle(0);
      done({ ok: false, error: reason, aborted: true });
    },
  });
}
