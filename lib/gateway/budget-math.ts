import type { LanguageModelV4CallOptions } from "@ai-sdk/provider";
import { AppError } from "@/lib/core/errors";
import type { Budget } from "@/lib/generated/prisma/client";
import { DAY_MS } from "@/lib/core/time";

// Budget arithmetic, pure: worst-case estimates, which counters a call draws on, and their keys.

/** Byte-level BPE tokens each cover at least one byte, so UTF-8 bytes bound the token count from above. */
const MESSAGE_OVERHEAD_TOKENS = 8;
const REQUEST_OVERHEAD_TOKENS = 16;
/** Attached files are billed by the provider's own rules (image tiles, PDF pages); this bounds one generously. */
export const FILE_PART_TOKENS = 6_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function contentTokens(value: unknown): number {
  if (typeof value === "string") return Buffer.byteLength(value, "utf8");
  if (typeof value === "number" || typeof value === "boolean") return 8;
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + contentTokens(item), 0);
  if (!isRecord(value) || value instanceof Uint8Array || value instanceof URL) return 0;
  if (value.type === "file" || value.type === "reasoning-file") {
    const data = value.data;
    return isRecord(data) && data.type === "text" && typeof data.text === "string" ? Buffer.byteLength(data.text, "utf8") : FILE_PART_TOKENS;
  }
  let sum = 0;
  for (const [key, item] of Object.entries(value)) if (key !== "providerOptions" && key !== "type") sum += contentTokens(item);
  return sum;
}

const jsonBytes = (value: unknown) => (value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value), "utf8"));

/** An upper bound on the prompt tokens a request is billed for: text, tool definitions and output schema. */
export function worstCaseInputTokens(params: Pick<LanguageModelV4CallOptions, "prompt" | "tools" | "responseFormat">): number {
  const messages = params.prompt.reduce((sum, message) => sum + MESSAGE_OVERHEAD_TOKENS + contentTokens(message.content), 0);
  const schema = params.responseFormat?.type === "json" ? jsonBytes(params.responseFormat.schema) : 0;
  return REQUEST_OVERHEAD_TOKENS + messages + jsonBytes(params.tools) + schema;
}

export type BudgetLimit = Pick<Budget, "scope" | "scopeId" | "period"> & {
  key: string;
  limitMicros: number;
  /** Counters expire after their period (plus a day's grace). */
  ttlMs: number;
};

export interface BudgetSubject {
  runId?: string;
  runCapMicros?: number;
  apiTokenId?: string;
  tenantId?: string;
}


/** "2026-11-25" for a day budget, "2026-11" for a month, both UTC. */
export function periodLabel(period: "day" | "month", now: Date): string {
  const iso = now.toISOString();
  return period === "day" ? iso.slice(0, 10) : iso.slice(0, 7);
}

export function periodStart(period: "day" | "month", now: Date): Date {
  return period === "day"
    ? new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
    : new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

function periodEnd(period: "day" | "month", now: Date): number {
  const start = periodStart(period, now);
  return period === "day" ? start.getTime() + DAY_MS : Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1);
}

export const runBudgetKey = (runId: string) => `gw:budget:run:${runId}`;
const RUN_COUNTER_TTL_MS = 7 * DAY_MS;

/**
 * The counters one call must fit in: its run's cap and every day/month budget of its API token,
 * its tenant and the whole installation.
 */
export function limitsFor(subject: BudgetSubject, budgets: readonly Pick<Budget, "scope" | "scopeId" | "period" | "limitMicros">[], now: Date): BudgetLimit[] {
  const limits: BudgetLimit[] = [];
  if (subject.runId && subject.runCapMicros !== undefined) {
    limits.push({ scope: "run", scopeId: subject.runId, period: "run", key: runBudgetKey(subject.runId), limitMicros: subject.runCapMicros, ttlMs: RUN_COUNTER_TTL_MS });
  }
  const owners: Array<[Budget["scope"], string | undefined]> = [["token", subject.apiTokenId], ["tenant", subject.tenantId], ["global", ""]];
  for (const budget of budgets) {
    if (budget.period !== "day" && budget.period !== "month") continue;
    const owner = owners.find(([scope, id]) => scope === budget.scope && id === budget.scopeId);
    if (!owner) continue;
    const label = periodLabel(budget.period, now);
    limits.push({
      scope: budget.scope,
      scopeId: budget.scopeId,
      period: budget.period,
      key: `gw:budget:${budget.scope}:${budget.scopeId}:${label}`,
      limitMicros: Number(budget.limitMicros),
      ttlMs: periodEnd(budget.period, now) - now.getTime() + DAY_MS,
    });
  }
  return limits;
}

/** A run's cap: the configured default, or the caller's request as long as it stays within the admin maximum. */
export function resolveRunCap(requestedMicros: number | undefined, config: { defaultMicros: number; maxMicros: number }): number {
  if (requestedMicros === undefined) return Math.min(config.defaultMicros, config.maxMicros);
  if (!Number.isSafeInteger(requestedMicros) || requestedMicros < 0) {
    throw new AppError("invalid_request", "The budget cap must be a whole, non-negative number of micro-dollars", { requestedMicros });
  }
  if (requestedMicros > config.maxMicros) {
    throw new AppError("invalid_request", "The budget cap is above the maximum an admin allows", { requestedMicros, maxMicros: config.maxMicros });
  }
  return requestedMicros;
}
