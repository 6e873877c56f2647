import "server-only";
import type { LanguageModelV4CallOptions, LanguageModelV4Usage } from "@ai-sdk/provider";
import { AppError } from "@/lib/core/errors";
import { log } from "@/lib/log";
import type { Reservations, Store } from "@/lib/store/store";
import { AttemptSignal, sleep } from "@/lib/gateway/attempt-signal";
import type { StoredBreaker } from "@/lib/gateway/breaker-state";
import type { BudgetGuard, BudgetHold } from "@/lib/gateway/budget-guard";
import { worstCaseInputTokens, type BudgetLimit } from "@/lib/gateway/budget-math";
import type { CallContext, ModelTarget } from "@/lib/gateway/call-context";
import type { CallRecord, CallRecorder } from "@/lib/gateway/call-recorder";
import { breakerId, type CircuitBreakers, type Ticket } from "@/lib/gateway/circuit-breaker";
import type { GatewayConfig } from "@/lib/gateway/config";
import { costMicros, tokensOf, type PriceMatch } from "@/lib/gateway/pricing";
import { classifyFailure, decideRetry, type Failure } from "@/lib/gateway/retry-policy";
import type { Flights } from "@/lib/gateway/single-flight";

// The attempt loop shared by generate and stream: budget reservation, breaker admission, per-attempt
// timeout, retries of retryable failures only, the fallback model, and a ModelCall row per attempt.

export interface GatewayDeps {
  config: GatewayConfig;
  store: Store;
  breakers: CircuitBreakers;
  budgets: BudgetGuard;
  recorder: CallRecorder;
  flights: Flights;
  price(provider: string, model: string): Promise<PriceMatch>;
}

/** Work done before the first attempt, with the cache lookup. */
export interface Prefetched {
  limits: BudgetLimit[];
  primaryBreaker: StoredBreaker;
  primaryPrice: PriceMatch;
  /** The primary's reservation when the call's opening already made it (the lock's winner). */
  primaryReservation: { amountMicros: number; reservation: Reservations } | null;
}

/** What budgets hold for a call before it is made: the prompt's upper bound and its whole output allowance. */
export function worstCaseMicros(call: LanguageModelV4CallOptions, price: PriceMatch): number {
  return costMicros({ input: worstCaseInputTokens(call), cachedInput: 0, output: call.maxOutputTokens ?? 0 }, price.price);
}

export interface Admitted<T> {
  value: T;
  target: ModelTarget;
  attempt: number;
  ticket: Extract<Ticket, { ok: true }>;
  hold: BudgetHold;
  price: PriceMatch;
  /** Still armed: generate disposes it, a stream keeps it as its idle timer. */
  signal: AttemptSignal;
  startedAt: number;
}

const MAX_MESSAGE = 500;

export function callRow(ctx: CallContext, target: ModelTarget, streamed: boolean, fields: Partial<CallRecord>): CallRecord {
  return {
    runId: ctx.runId ?? null,
    agentStepId: ctx.agentStepId ?? null,
    tenantId: ctx.tenantId ?? null,
    apiTokenId: ctx.apiTokenId ?? null,
    agent: ctx.agent,
    provider: target.provider,
    model: target.modelId,
    streamed,
    createdAt: new Date(),
    ...fields,
    errorMessage: fields.errorMessage?.slice(0, MAX_MESSAGE) ?? null,
  };
}

export function elapsedMs(since: number): number {
  return Math.max(0, Math.round(performance.now() - since));
}

export function upstreamFailed(target: ModelTarget, failure: Pick<Failure, "errorClass" | "message" | "status">, attempts: number): AppError {
  return new AppError("upstream_failed", `${target.provider}/${target.modelId} failed after ${attempts} attempt(s): ${failure.message}`, {
    provider: target.provider,
    model: target.modelId,
    attempts,
    errorClass: failure.errorClass,
    ...(failure.status !== undefined ? { status: failure.status } : {}),
  });
}

type TargetOutcome<T> = { ok: true; admitted: Admitted<T> } | { ok: false; error: unknown; fallback: boolean };

export class AttemptRunner<T> {
  constructor(
    private readonly deps: GatewayDeps,
    private readonly ctx: CallContext,
    private readonly call: LanguageModelV4CallOptions,
    private readonly streamed: boolean,
    /** One upstream attempt; throws (or rejects) on failure. */
    private readonly run: (target: ModelTarget, signal: AttemptSignal) => Promise<T>,
  ) {}

  private record(target: ModelTarget, fields: Partial<CallRecord>): void {
    this.deps.recorder.record(callRow(this.ctx, target, this.streamed, fields));
  }

  /** Tries the primary target, then the fallback when the primary is open or kept failing retryably. */
  async execute(targets: ModelTarget[], prefetched: Prefetched): Promise<Admitted<T>> {
    for (const [i, target] of targets.entries()) {
      const outcome = await this.onTarget(target, prefetched, i === 0);
      if (outcome.ok) return outcome.admitted;
      if (!outcome.fallback || i === targets.length - 1) throw outcome.error;
      log.warn({ agent: this.ctx.agent, runId: this.ctx.runId, from: `${target.provider}:${target.modelId}` }, "gateway: using the fallback model");
    }
    throw new AppError("internal", "The gateway was given no model to call");
  }

  private async onTarget(target: ModelTarget, prefetched: Prefetched, primary: boolean): Promise<TargetOutcome<T>> {
    const price = primary ? prefetched.primaryPrice : await this.deps.price(target.provider, target.modelId);
    const reserved = primary ? prefetched.primaryReservation : null;
    let hold: BudgetHold;
    try {
      hold = reserved
        ? this.deps.budgets.hold(prefetched.limits, reserved.amountMicros, reserved.reservation)
        : await this.deps.budgets.reserve(prefetched.limits, worstCaseMicros(this.call, price));
    } catch (error) {
      if (error instanceof AppError) this.record(target, { errorClass: "budget_exceeded", errorMessage: error.message });
      return { ok: false, error, fallback: false };
    }
    const id = breakerId(target.provider, target.modelId);
    const callerSignal = this.call.abortSignal;
    for (let attempt = 1; ; attempt++) {
      const ticket = await this.deps.breakers.admit(id, primary && attempt === 1 ? prefetched.primaryBreaker : undefined);
      if (!ticket.ok) {
        this.record(target, { attempt, errorClass: "breaker_open", breakerState: ticket.state, errorMessage: "circuit open" });
        await hold.settle(0);
        const retryAfter = Math.max(1, Math.ceil(ticket.retryAfterMs / 1000));
        const error = new AppError(
          "unavailable",
          `${target.provider}/${target.modelId} is unavailable: its circuit breaker is ${ticket.state.replace("_", "-")}`,
          { provider: target.provider, model: target.modelId, breakerState: ticket.state, retryAfterMs: ticket.retryAfterMs },
          { "retry-after": String(retryAfter) },
        );
        return { ok: false, error, fallback: true };
      }
      const signal = new AttemptSignal(callerSignal, this.deps.config.timeoutMs);
      const startedAt = performance.now();
      try {
        const value = await this.run(target, signal);
        return { ok: true, admitted: { value, target, attempt, ticket, hold, price, signal, startedAt } };
      } catch (error) {
        signal.dispose();
        const failure = classifyFailure(error, { timedOut: signal.timedOut, callerAborted: signal.callerAborted, now: Date.now() });
        this.record(target, { attempt, latencyMs: elapsedMs(startedAt), errorClass: failure.errorClass, errorMessage: failure.message, breakerState: ticket.state });
        await (failure.retryable ? this.deps.breakers.failure(ticket) : this.deps.breakers.release(ticket));
        if (failure.errorClass === "aborted") {
          await hold.settle(0);
          return { ok: false, error: callerSignal?.reason ?? error, fallback: false };
        }
        const decision = decideRetry(attempt, failure, this.deps.config.retry, Math.random());
        if (decision.retry && (await this.deps.breakers.takeRetry(id, ticket.stored.gen))) {
          try {
            await sleep(decision.delayMs, callerSignal);
            continue;
          } catch (abort) {
            await hold.settle(0);
            return { ok: false, error: abort, fallback: false };
          }
        }
        await hold.settle(0);
        return { ok: false, error: upstreamFailed(target, failure, attempt), fallback: failure.retryable };
      }
    }
  }
}

/**
 * Records a hit (cache or coalesced) at no cost, with the tokens the answer took when it was made,
 * so spend reports can price what the cache saved.
 */
export function recordHit(deps: GatewayDeps, ctx: CallContext, target: ModelTarget, streamed: boolean, startedAt: number, usage: LanguageModelV4Usage | undefined): void {
  const tokens = tokensOf(usage);
  deps.recorder.record(callRow(ctx, target, streamed, { cacheHit: true, costMicros: 0, inputTokens: tokens.input, outputTokens: tokens.output, latencyMs: elapsedMs(startedAt) }));
}
