import "server-only";
import { AppError } from "@/lib/core/errors";
import { db } from "@/lib/db";
import type { Budget } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import type { Counter, Reservations, Store } from "@/lib/store/store";
import { limitsFor, periodStart, runBudgetKey, type BudgetLimit, type BudgetSubject } from "@/lib/gateway/budget-math";

// Reserve the worst case before a call, settle to the real cost after. Each counter is reserved
// atomically in the store (Redis Lua or the in-process map), so racing agents cannot overshoot.

const BUDGETS_CACHE_MS = 30_000;
const RUN_CACHE_MS = 10 * 60_000;
const RUN_CACHE_MAX = 10_000;

type BudgetRow = Pick<Budget, "scope" | "scopeId" | "period" | "limitMicros">;
let budgetRows: { rows: BudgetRow[]; loadedAt: number } | null = null;
const runCaps = new Map<string, { capMicros: number; at: number }>();
const seeded = new Set<string>();

let loadingBudgets: Promise<BudgetRow[]> | null = null;

function loadBudgets(): Promise<BudgetRow[]> {
  loadingBudgets ??= db.budget
    .findMany({ where: { period: { in: ["day", "month"] } }, select: { scope: true, scopeId: true, period: true, limitMicros: true } })
    .then((rows) => {
      budgetRows = { rows, loadedAt: Date.now() };
      return rows;
    })
    .finally(() => {
      loadingBudgets = null;
    });
  return loadingBudgets;
}

/** Budget rows from memory; a stale copy is served while a fresh one loads, so calls never wait on it. */
async function currentBudgets(): Promise<BudgetRow[]> {
  if (!budgetRows) return loadBudgets();
  if (Date.now() - budgetRows.loadedAt > BUDGETS_CACHE_MS) loadBudgets().catch((error: unknown) => log.warn({ err: error }, "budgets: refresh failed"));
  return budgetRows.rows;
}

/** Admins changed a Budget row: this instance applies it on the next call, others within 30 s. */
export function forgetCachedBudgets(): void {
  budgetRows = null;
}

export interface BudgetHold {
  reservedMicros: number;
  /** Replaces the reservation with what the call really cost (0 for a failed attempt). Idempotent. */
  settle(actualMicros: number): Promise<void>;
}

/** The store counters a set of limits draws on. */
export const counters = (limits: BudgetLimit[]): Counter[] => limits.map((l) => ({ key: l.key, limit: l.limitMicros, ttlMs: l.ttlMs }));

const noHold: BudgetHold = { reservedMicros: 0, settle: async () => undefined };

export class BudgetGuard {
  constructor(private readonly store: Store) {}

  /** A run's cap: from the call context when the pipeline passes it, else from the Run row (cached). */
  private async runCap(subject: BudgetSubject): Promise<number | undefined> {
    if (!subject.runId || subject.runCapMicros !== undefined) return subject.runCapMicros;
    const hit = runCaps.get(subject.runId);
    if (hit && Date.now() - hit.at < RUN_CACHE_MS) return hit.capMicros;
    const run = await db.run.findUnique({ where: { id: subject.runId }, select: { budgetCapMicros: true, spentMicros: true } });
    if (!run) return undefined;
    if (runCaps.size >= RUN_CACHE_MAX) runCaps.clear();
    runCaps.set(subject.runId, { capMicros: run.budgetCapMicros, at: Date.now() });
    // A counter lost with the store restarts from what the database already knows was spent.
    await this.store.setIfAbsent(runBudgetKey(subject.runId), String(run.spentMicros), 7 * 86_400_000);
    return run.budgetCapMicros;
  }

  /** Day and month counters start from the recorded spend the first time this process uses them. */
  private async seedPeriod(limit: BudgetLimit, now: Date): Promise<void> {
    if (limit.period === "run" || seeded.has(limit.key)) return;
    const where = {
      createdAt: { gte: periodStart(limit.period, now) },
      ...(limit.scope === "token" ? { apiTokenId: limit.scopeId } : limit.scope === "tenant" ? { tenantId: limit.scopeId } : {}),
    };
    const { _sum } = await db.modelCall.aggregate({ where, _sum: { costMicros: true } });
    await this.store.setIfAbsent(limit.key, String(_sum.costMicros ?? 0), limit.ttlMs);
    seeded.add(limit.key);
  }

  async limits(subject: BudgetSubject, now = new Date()): Promise<BudgetLimit[]> {
    const [runCapMicros, budgets] = await Promise.all([this.runCap(subject), currentBudgets()]);
    const limits = limitsFor({ ...subject, runCapMicros }, budgets, now);
    await Promise.all(limits.map((l) => this.seedPeriod(l, now)));
    return limits;
  }

  /** Reserves `amountMicros` on every counter or on none; refuses with `budget_exceeded`. */
  async reserve(limits: BudgetLimit[], amountMicros: number): Promise<BudgetHold> {
    if (limits.length === 0 || amountMicros <= 0) return noHold;
    return this.hold(limits, amountMicros, await this.store.reserveAll(counters(limits), amountMicros));
  }

  /** The hold for a reservation already made in the store (by `reserve` or a call's opening script). */
  hold(limits: BudgetLimit[], amountMicros: number, reservation: Reservations): BudgetHold {
    if (limits.length === 0 || amountMicros <= 0) return noHold;
    if (!reservation.ok) {
      const limit = limits[reservation.refused]!;
      throw new AppError("budget_exceeded", `The ${limit.scope} budget would be exceeded by this model call`, {
        scope: limit.scope,
        scopeId: limit.scopeId,
        period: limit.period,
        limitMicros: limit.limitMicros,
        usedMicros: reservation.used,
        requestedMicros: amountMicros,
      });
    }
    let settled = false;
    return {
      reservedMicros: amountMicros,
      settle: async (actualMicros) => {
        if (settled) return;
        settled = true;
        const delta = actualMicros - amountMicros;
        if (delta === 0) return;
        await Promise.all(limits.map((l) => this.store.incr(l.key, delta, l.ttlMs))).catch((error: unknown) => {
          log.error({ err: error, delta }, "budget: could not settle a reservation");
        });
      },
    };
  }

  /** Micro-dollars reserved or spent so far on a run's counter. */
  async runUsage(runId: string): Promise<number> {
    return Number((await this.store.get(runBudgetKey(runId))) ?? 0);
  }
}
