import type { BreakdownDim } from "@/lib/spend/spend-query";
import type { SpendSelection } from "@/components/spend/spend-api";

/** The last `days` days up to the end of the current hour (so the current hour is included). */
export function presetSelection(days: number, granularity: "hour" | "day", by: BreakdownDim, now = Date.now()): SpendSelection {
  const to = new Date(Math.ceil(now / 3_600_000) * 3_600_000);
  return { from: new Date(to.getTime() - days * 86_400_000).toISOString(), to: to.toISOString(), granularity, by };
}
