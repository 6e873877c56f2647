// How far a budget is used, pure. The same thresholds drive the budgets page and the 80%/100% alerts.

export const WARNING_RATIO = 0.8;

export type BudgetLevel = "ok" | "warning" | "exceeded";

export function usageRatio(usedMicros: number, limitMicros: number): number {
  if (limitMicros <= 0) return usedMicros > 0 ? Number.POSITIVE_INFINITY : 0;
  return usedMicros / limitMicros;
}

export function budgetLevel(usedMicros: number, limitMicros: number): BudgetLevel {
  const ratio = usageRatio(usedMicros, limitMicros);
  if (limitMicros <= 0 ? usedMicros > 0 : ratio >= 1) return "exceeded";
  return ratio >= WARNING_RATIO ? "warning" : "ok";
}

/** The highest threshold crossed, for alerts: a budget that jumps past 100% raises only the 100% alert. */
export function crossedThreshold(usedMicros: number, limitMicros: number): 80 | 100 | null {
  const level = budgetLevel(usedMicros, limitMicros);
  return level === "exceeded" ? 100 : level === "warning" ? 80 : null;
}
