import "server-only";
import { db } from "@/lib/db";
import { utc } from "@/lib/core/time";
import { type TimeRange } from "@/lib/spend/hours";
import type { RunCostStats } from "@/lib/spend/spend-contract";

// Cost per run from Run.spentMicros (the gateway adds every call's cost to its run), over the runs
// started in the range: mean, median and 95th percentile in SQL, and spend per approved document.

export async function runCostStats(tenantId: string, range: TimeRange): Promise<RunCostStats> {
  const [row] = await db.$queryRaw<
    Array<{ runs: bigint; approved: bigint; spent: bigint | null; mean: number | null; p50: number | null; p95: number | null }>
  >`
    SELECT count(*) AS runs, count(*) FILTER (WHERE status = 'approved') AS approved, sum("spentMicros")::bigint AS spent,
      avg("spentMicros")::float8 AS mean,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY "spentMicros") AS p50,
      percentile_cont(0.95) WITHIN GROUP (ORDER BY "spentMicros") AS p95
    FROM "Run" WHERE "tenantId" = ${tenantId} AND "createdAt" >= ${utc(range.from)} AND "createdAt" < ${utc(range.to)}`;
  const runs = Number(row?.runs ?? 0);
  const approved = Number(row?.approved ?? 0);
  const spent = Number(row?.spent ?? 0);
  const round = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v));
  return {
    runs,
    approved,
    spentMicros: spent,
    meanMicros: round(row?.mean),
    p50Micros: round(row?.p50),
    p95Micros: round(row?.p95),
    perApprovedMicros: approved > 0 ? Math.round(spent / approved) : null,
  };
}
