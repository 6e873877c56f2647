import "server-only";
import type { LanguageModelV4, LanguageModelV4CallOptions, LanguageModelV4GenerateResult, LanguageModelV4StreamResult } from "@ai-sdk/provider";
import { log } from "@/lib/log";
import { keepLeased } from "@/lib/store/lease";
import type { Lock, Reservations } from "@/lib/store/store";
import { AttemptRunner, recordHit, callRow, elapsedMs, worstCaseMicros, type GatewayDeps, type Prefetched } from "@/lib/gateway/attempts";
import { counters } from "@/lib/gateway/budget-guard";
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
import type { Flights } from "@/lib/gateway/single-flight";
import { openStream, relayStream, type StreamOutcome } from "@/lib/gateway/stream-relay";

// The model agents are handed: an AI SDK LanguageModelV4 that puts the cache, single flight,
// budgets, breakers, retries and call records in front of the configured upstream model(s).

type Mode = "generate" | "stream";

/** The cross-instance flight lock is a lease: a leader that dies frees its followers within this. */
const FLIGHT_LEASE_MS = 3_000;

type Begun =
  | { answer: CachedAnswer }
  | { again: true }
  | { lead: ReturnType<Flights["lead"]>; prefetched: Prefetched; release: () => void };

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

  /**
   * What the first attempt needs (breaker state, budget limits, price: all from memory once warm),
   * then the cache lookup, the cross-instance flight lock and the primary's budget reservation in
   * one round trip to the store.
   */
  private async prefetch(call: LanguageModelV4CallOptions, key: string | null): Promise<{ cachedText: string | null; cached: CachedAnswer | null; lock: Lock | null; prefetched: Prefetched }> {
    const { store, breakers, budgets, flights } = this.deps;
    const [primaryBreaker, limits, primaryPrice] = await Promise.all([
      breakers.read(breakerId(this.primary.provider, this.primary.modelId)),
      budgets.limits({ runId: this.ctx.runId, runCapMicros: this.ctx.budgetCapMicros, apiTokenId: this.ctx.apiTokenId, tenantId: this.ctx.tenantId }),
      this.deps.price(this.primary.provider, this.primary.modelId),
    ]);
    const amountMicros = worstCaseMicros(call, primaryPrice);
    const drawOn = amountMicros > 0 ? counters(limits) : [];
    const prefetched = (reservation: Reservations | null): Prefetched => ({
      limits,
      primaryBreaker,
      primaryPrice,
      primaryReservation: reservation ? { amountMicros, reservation } : null,
    });
    if (!key) return { cachedText: null, cached: null, lock: null, prefetched: prefetched(await store.reserveAll(drawOn, amountMicros)) };
    const opened = await store.openCall({ cacheKey: key, lockKey: flights.lockKey(key), lockTtlMs: FLIGHT_LEASE_MS, counters: drawOn, amount: amountMicros });
    return { cachedText: opened.cached, cached: opened.cached ? parseCached(opened.cached) : null, lock: opened.lock, prefetched: prefetched(opened.reservation) };
  }

  private hitMetadata(): GatewayMetadata {
    return { cacheHit: true, costMicros: 0, attempts: 0, provider: this.primary.provider, model: this.primary.modelId };
  }

  private maxCallMs(): number {
    const { timeoutMs, retry } = this.deps.config;
    return timeoutMs * retry.maxAttempts + retry.maxDelayMs * (retry.maxAttempts - 1);
  }

  /**
   * Starts a cacheable call: a hit, a wait on an identical call already in flight (here or in another
   * instance), or the lead of a new flight. `answer` null means "go upstream"; `lead` is then set.
   */
  private async begin(mode: Mode, call: LanguageModelV4CallOptions, key: string): Promise<Begun> {
    const following = this.deps.flights.join(key);
    if (following) {
      const text = await following;
      const answer = text ? parseCached(text) : null;
      return answer?.kind === mode ? { answer } : { again: true };
    }
    const lead = this.deps.flights.lead(key);
    try {
      const { cachedText, cached, lock, prefetched } = await this.prefetch(call, key);
      // Renewed while this call lives (at most as long as a call may take), so followers in
      // other instances stop waiting soon after this one crashes.
      const stopLease = lock ? keepLeased(lock, FLIGHT_LEASE_MS) : () => undefined;
      const longest = setTimeout(stopLease, this.maxCallMs()).unref();
      const release = () => {
        clearTimeout(longest);
        stopLease();
        void lock?.release().catch(() => undefined);
      };
      if (cached?.kind === mode) {
        lead.resolve(cachedText);
        release();
        return { answer: cached };
      }
      if (!lock) {
        const filled = await this.deps.flights.waitForFill(key, this.maxCallMs(), call.abortSignal);
        const answer = filled ? parseCached(filled) : null;
        if (answer?.kind === mode) {
          lead.resolve(filled);
          return { answer };
        }
      }
      return { lead, prefetched, release };
    } catch (error) {
      lead.reject(error);
      throw error;
    }
  }

  /**
   * Publishes the leader's answer to followers at once, then caches it. The lock's release is sent
   * right behind the answer, not after its reply: the store applies this instance's commands in
   * order, so the lock still goes only once the answer is stored, without another round trip.
   */
  private finishLead(key: string, begun: Extract<Begun, { lead: unknown }>, text: string, keep: string | null): void {
    begun.lead.resolve(text);
    if (keep) {
      this.deps.store
        .set(key, keep, this.deps.config.cacheTtlMs)
        .catch((error: unknown) => log.warn({ err: error }, "gateway: could not store an answer in the cache"));
    }
    begun.release();
  }

  private failLead(begun: Extract<Begun, { lead: unknown }>, error: unknown, aborted: boolean): void {
    // A follower must not inherit the leader's client disconnect: it goes upstream itself.
    if (aborted) begun.lead.resolve(null);
    else begun.lead.reject(error);
    begun.release();
  }

  async doGenerate(params: LanguageModelV4CallOptions): Promise<LanguageModelV4GenerateResult> {
    const startedAt = performance.now();
    const call = this.prepare(params);
    const key = this.keyFor("generate", call);
    if (!key) return (await this.generateUpstream(call, (await this.prefetch(call, null)).prefetched)).result;

    const begun = await this.begin("generate", call, key);
    if ("again" in begun) return this.doGenerate(params);
    if ("answer" in begun) return this.generateHit(begun.answer as Extract<CachedAnswer, { kind: "generate" }>, startedAt);
    try {
      const { result, fromPrimary } = await this.generateUpstream(call, begun.prefetched);
      const text = serializeGenerate(result);
      this.finishLead(key, begun, text, fromPrimary && isCacheableResult(result) ? text : null);
      return result;
    } catch (error) {
      this.failLead(begun, error, call.abortSignal?.aborted === true);
      throw error;
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
    // A probe's success may close the breaker: that must be visible before the caller moves on.
    const counted = this.deps.breakers.success(ticket);
    if (ticket.probe) await counted;
    // Not awaited: the store applies this instance's commands in order, so its next reservation
    // already sees the settled amount; other instances briefly see the (larger) reservation.
    void hold.settle(cost);
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
    if (!key) return this.streamUpstream(call, (await this.prefetch(call, null)).prefetched, () => undefined);

    const begun = await this.begin("stream", call, key);
    if ("again" in begun) return this.doStream(params);
    if ("answer" in begun) return this.streamHit(begun.answer as Extract<CachedAnswer, { kind: "stream" }>, startedAt);
    try {
      return await this.streamUpstream(call, begun.prefetched, (outcome, fromPrimary) => {
        if (!outcome.ok) return this.failLead(begun, outcome.error, outcome.aborted);
        const keep = fromPrimary ? cacheableParts(outcome.parts) : null;
        const text = serializeStream(outcome.parts);
        // Usually nothing was left out (raw chunks are off): the same text, not serialised twice.
        this.finishLead(key, begun, text, keep ? (keep.length === outcome.parts.length ? text : serializeStream(keep)) : null);
      });
    } catch (error) {
      this.failLead(begun, error, call.abortSignal?.aborted === true);
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
