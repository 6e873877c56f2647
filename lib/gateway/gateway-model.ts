import "server-only";
import type { LanguageModelV4, LanguageModelV4CallOptions, LanguageModelV4GenerateResult, LanguageModelV4StreamResult } from "@ai-sdk/provider";
import type { Lock } from "@/lib/store/store";
import { AttemptRunner, recordHit, callRow, elapsedMs, type GatewayDeps, type Prefetched } from "@/lib/gateway/attempts";
import { cacheKey } from "@/lib/gateway/cache-key";
import {
  isCacheableResult,
  cacheableParts,
  parseCached,
  replayStream,
  revivedGenerate,
  revivedParts,
  serializeGenerate,
  serializeStream,
  withGatewayMetadata,
  type CachedAnswer,
  type GatewayMetadata,
} from "@/lib/gateway/cached-result";
import type { CallContext, ModelTarget } from "@/lib/gateway/call-context";
import { breakerId } from "@/lib/gateway/circuit-breaker";
import { costMicros, tokensOf } from "@/lib/gateway/pricing";
import { openStream, relayStream, type StreamOutcome } from "@/lib/gateway/stream-relay";

// The model agents are handed: an AI SDK LanguageModelV4 that puts the cache, single flight,
// budgets, breakers, retries and call records in front of the configured upstream model(s).

type Mode = "generate" | "stream";

export class GatewayModel implements LanguageModelV4 {
  readonly specificationVersion = "v4" as const;
  readonly provider: string;
  readonly modelId: string;

  constructor(
    private readonly deps: GatewayDeps,
    private readonly ctx: CallContext,
    /** The configured model first, then its optional fallback. */
    private readonly targets: [ModelTarget, ...ModelTarget[]],
  ) {
    this.provider = targets[0].model.provider;
    this.modelId = targets[0].model.modelId;
  }

  get supportedUrls() {
    return this.targets[0].model.supportedUrls;
  }

  private get primary(): ModelTarget {
    return this.targets[0];
  }

  private prepare(params: LanguageModelV4CallOptions): LanguageModelV4CallOptions {
    return params.maxOutputTokens === undefined ? { ...params, maxOutputTokens: this.deps.config.defaultMaxOutputTokens } : params;
  }

  private keyFor(mode: Mode, call: LanguageModelV4CallOptions): string | null {
    if (this.deps.config.cacheTtlMs <= 0 || this.ctx.cache === false) return null;
    return cacheKey(mode, this.primary.provider, this.primary.modelId, call);
  }

  /** The cache lookup and everything the first attempt needs, in one parallel round trip. */
  private async prefetch(key: string | null): Promise<[CachedAnswer | null, Prefetched]> {
    const { store, breakers, budgets } = this.deps;
    const [cached, primaryBreaker, limits, primaryPrice] = await Promise.all([
      key ? store.get(key) : null,
      breakers.read(breakerId(this.primary.provider, this.primary.modelId)),
      budgets.limits({ runId: this.ctx.runId, runCapMicros: this.ctx.budgetCapMicros, apiTokenId: this.ctx.apiTokenId, tenantId: this.ctx.tenantId }),
      this.deps.price(this.primary.provider, this.primary.modelId),
    ]);
    return [cached ? parseCached(cached) : null, { limits, primaryBreaker, primaryPrice }];
  }

  private hitMetadata(): GatewayMetadata {
    return { cacheHit: true, costMicros: 0, attempts: 0, provider: this.primary.provider, model: this.primary.modelId };
  }

  private lockTtlMs(): number {
    const { timeoutMs, retry } = this.deps.config;
    return timeoutMs * retry.maxAttempts + retry.maxDelayMs * (retry.maxAttempts - 1);
  }

  /**
   * Becomes the leader for `key` or waits for the current one. Returns the answer text when another
   * caller (here or in another instance) produced it, or a lock (possibly null) to go upstream with.
   */
  private async coalesce(key: string, signal: AbortSignal | undefined): Promise<{ answer: CachedAnswer } | { retry: true } | { lead: ReturnType<GatewayDeps["flights"]["lead"]>; lock: Lock | null }> {
    const following = this.deps.flights.join(key);
    if (following) {
      const text = await following;
      const answer = text ? parseCached(text) : null;
      return answer ? { answer } : { retry: true };
    }
    const lead = this.deps.flights.lead(key);
    try {
      const lock = await this.deps.flights.acquire(key, this.lockTtlMs());
      if (lock) return { lead, lock };
      const filled = await this.deps.flights.waitForFill(key, this.lockTtlMs(), signal);
      const answer = filled ? parseCached(filled) : null;
      if (answer && filled) {
        lead.resolve(filled);
        return { answer };
      }
      return { lead, lock: null };
    } catch (error) {
      lead.reject(error);
      throw error;
    }
  }

  async doGenerate(params: LanguageModelV4CallOptions): Promise<LanguageModelV4GenerateResult> {
    const startedAt = performance.now();
    const call = this.prepare(params);
    const key = this.keyFor("generate", call);
    const [cached, prefetched] = await this.prefetch(key);
    if (!key) return (await this.generateUpstream(call, prefetched)).result;
    if (cached?.kind === "generate") return this.generateHit(cached, startedAt);

    const flight = await this.coalesce(key, call.abortSignal);
    if ("answer" in flight && flight.answer.kind === "generate") return this.generateHit(flight.answer, startedAt);
    if (!("lead" in flight)) return this.doGenerate(params);
    const { lead, lock } = flight;
    try {
      const { result, fromPrimary } = await this.generateUpstream(call, prefetched);
      const text = serializeGenerate(result);
      if (fromPrimary && isCacheableResult(result)) await this.deps.store.set(key, text, this.deps.config.cacheTtlMs);
      lead.resolve(text);
      return result;
    } catch (error) {
      if (call.abortSignal?.aborted) lead.resolve(null);
      else lead.reject(error);
      throw error;
    } finally {
      lock?.release().catch(() => undefined);
    }
  }

  private generateHit(cached: Extract<CachedAnswer, { kind: "generate" }>, startedAt: number): LanguageModelV4GenerateResult {
    recordHit(this.deps, this.ctx, this.primary, false, startedAt, cached.result.usage);
    return revivedGenerate(cached, this.hitMetadata());
  }

  private async generateUpstream(call: LanguageModelV4CallOptions, prefetched: Prefetched): Promise<{ result: LanguageModelV4GenerateResult; fromPrimary: boolean }> {
    const runner = new AttemptRunner(this.deps, this.ctx, call, false, (target, signal) => Promise.resolve(target.model.doGenerate({ ...call, abortSignal: signal.signal })));
    const { value, target, attempt, ticket, hold, price, signal, startedAt } = await runner.execute(this.targets, prefetched);
    signal.dispose();
    const tokens = tokensOf(value.usage);
    const cost = costMicros(tokens, price.price);
    void this.deps.breakers.success(ticket);
    await hold.settle(cost);
    this.deps.recorder.record(
      callRow(this.ctx, target, false, { attempt, inputTokens: tokens.input, outputTokens: tokens.output, costMicros: cost, latencyMs: elapsedMs(startedAt), breakerState: ticket.state }),
    );
    const metadata: GatewayMetadata = { cacheHit: false, costMicros: cost, attempts: attempt, provider: target.provider, model: target.modelId };
    return { result: { ...value, providerMetadata: withGatewayMetadata(value.providerMetadata, metadata) }, fromPrimary: target === this.primary };
  }

  async doStream(params: LanguageModelV4CallOptions): Promise<LanguageModelV4StreamResult> {
    const startedAt = performance.now();
    const call = this.prepare(params);
    const key = this.keyFor("stream", call);
    const [cached, prefetched] = await this.prefetch(key);
    if (!key) return this.streamUpstream(call, prefetched, () => undefined);
    if (cached?.kind === "stream") return this.streamHit(cached, startedAt);

    const flight = await this.coalesce(key, call.abortSignal);
    if ("answer" in flight && flight.answer.kind === "stream") return this.streamHit(flight.answer, startedAt);
    if (!("lead" in flight)) return this.doStream(params);
    const { lead, lock } = flight;
    const release = () => void lock?.release().catch(() => undefined);
    try {
      return await this.streamUpstream(call, prefetched, (outcome, fromPrimary) => {
        if (!outcome.ok) {
          if (outcome.aborted) lead.resolve(null);
          else lead.reject(outcome.error);
          return release();
        }
        const text = serializeStream(outcome.parts);
        const keep = fromPrimary ? cacheableParts(outcome.parts) : null;
        const stored = keep ? this.deps.store.set(key, serializeStream(keep), this.deps.config.cacheTtlMs) : Promise.resolve();
        void stored.catch(() => undefined).finally(() => {
          lead.resolve(text);
          release();
        });
      });
    } catch (error) {
      if (call.abortSignal?.aborted) lead.resolve(null);
      else lead.reject(error);
      release();
      throw error;
    }
  }

  private streamHit(cached: Extract<CachedAnswer, { kind: "stream" }>, startedAt: number): LanguageModelV4StreamResult {
    const finish = cached.parts.find((p) => p.type === "finish");
    recordHit(this.deps, this.ctx, this.primary, true, startedAt, finish?.type === "finish" ? finish.usage : undefined);
    return { stream: replayStream(revivedParts(cached.parts, this.hitMetadata())) };
  }

  private async streamUpstream(
    call: LanguageModelV4CallOptions,
    prefetched: Prefetched,
    done: (outcome: StreamOutcome, fromPrimary: boolean) => void,
  ): Promise<LanguageModelV4StreamResult> {
    const runner = new AttemptRunner(this.deps, this.ctx, call, true, (target, signal) => openStream(target, call, signal));
    const admitted = await runner.execute(this.targets, prefetched);
    const fromPrimary = admitted.target === this.primary;
    const stream = relayStream(this.deps, this.ctx, admitted, (outcome) => done(outcome, fromPrimary));
    return { stream, request: admitted.value.result.request, response: admitted.value.result.response };
  }
}
