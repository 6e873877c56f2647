import "server-only";
import { db } from "@/lib/db";
import { periodLabel } from "@/lib/gateway/budget-math";
import { rolledUntil } from "@/lib/spend/rollup";
import { budgetUsage } from "@/lib/budgets/budget-admin";
import { crossedThreshold } from "@/lib/budgets/budget-levels";
import type { AlertInput } from "@/lib/alerts/alert-store";

const usd = (micros: number) => `$${(micros / 1_000_000).toFixed(2)}`;

/** Day and month budgets at or past 80% / 100% of their limit, once per budget, threshold and period. */
export async function budgetAlerts(now: Date): Promise<AlertInput[]> {
  const [budgets, mark] = await Promise.all([db.budget.findMany({ where: { period: { in: ["day", "month"] } } }), rolledUntil()]);
  const tokenTenants = new Map(
    (await db.apiToken.findMany({ where: { id: { in: budgets.filter((b) => b.scope === "token").map((b) => b.scopeId) } }, select: { id: true, tenantId: true } })).map((t) => [t.id, t.tenantId]),
  );
  const alerts: AlertInput[] = [];
  for (const budget of budgets) {
    const usage = await budgetUsage(budget, now, mark);
    if (!usage || (budget.period !== "day" && budget.period !== "month")) continue;
    const limit = Number(budget.limitMicros);
    const threshold = crossedThreshold(usage.spentMicros, limit);
    if (!threshold) continue;
    const tenantId = budget.scope === "tenant" ? budget.scopeId : budget.scope === "token" ? (tokenTenants.get(budget.scopeId) ?? null) : null;
    const what = budget.scope === "global" ? "The installation's" : budget.scope === "tenant" ? "The tenant's" : "An API token's";
    alerts.push({
      kind: threshold === 100 ? "budget_100" : "budget_80",
      dedupeKey: `budget_${threshold}:${budget.id}:${periodLabel(budget.period, now)}`,
      tenantId,
      budgetId: budget.id,
      message: `${what} ${budget.period === "day" ? "daily" : "monthly"} budget is at ${Math.floor(usage.ratio * 100)}%: ${usd(usage.spentMicros)} of ${usd(limit)}`,
      observedMicros: usage.spentMicros,
      data: { scope: budget.scope, scopeId: budget.scopeId, period: budget.period, limitMicros: limit, periodStart: usage.periodStart },
    });
  }
  return alerts;
}
