import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { resolveRunCap } from "@/lib/gateway/budget-math";
import { RUN_CAP_IDS, type RunCapSettings } from "@/lib/budgets/budget-contract";

// The per-run cap: Budget rows (scope run) set by admins, else SIEVE_RUN_BUDGET_DEFAULT/MAX_MICROS.
// Whoever creates a Run stores resolveRunCapSetting(requested) as its budgetCapMicros; the gateway
// then enforces that cap on every call of the run.

export async function runCapSettings(): Promise<RunCapSettings> {
  const rows = await db.budget.findMany({ where: { scope: "run", period: "run", scopeId: { in: Object.values(RUN_CAP_IDS) } } });
  const row = (id: string) => rows.find((r) => r.scopeId === id);
  const def = row(RUN_CAP_IDS.default);
  const max = row(RUN_CAP_IDS.max);
  return {
    defaultMicros: def ? Number(def.limitMicros) : env().SIEVE_RUN_BUDGET_DEFAULT_MICROS,
    maxMicros: max ? Number(max.limitMicros) : env().SIEVE_RUN_BUDGET_MAX_MICROS,
    source: { default: def ? "admin" : "config", max: max ? "admin" : "config" },
  };
}

/** The cap for a new run: the default, or the caller's request within the admin maximum (else invalid_request). */
export async function resolveRunCapSetting(requestedMicros?: number): Promise<number> {
  return resolveRunCap(requestedMicros, await runCapSettings());
}
