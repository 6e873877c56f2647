import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { currentPrices } from "@/lib/gateway/price-table";
import { splitRange } from "@/lib/spend/hours";
import { rolledUntil } from "@/lib/spend/rollup";
import { savedMicros } from "@/lib/spend/cache-savings";
import { runCostStats } from "@/lib/spend/run-cost-stats";
import type { BreakdownRow, SpendMeasures, SpendReport } from "@/lib/spend/spend-contract";
import { spendFacts } from "@/lib/spend/spend-facts";
import { breakdownDims, bucketStarts, type BreakdownDim, type SpendQuery } from "@/lib/spend/spend-query";

// The /spend report for one tenant: all aggregation happens in SQL over the rollup plus the live tail;
// JavaScript only reshapes a few hundred aggregated rows (labels, zero-filled buckets, top-N).

interface FactRow {
  at: Date;
  dim: string;
  key: string | null;
  provider: string;
  calls: bigint;
  costMicros: bigint;
  inputTokens: bigint;
  outputTokens: bigint;
  cacheHits: bigint;
  hitInputTokens: bigint;
  hitOutputTokens: bigint;
  retries: bigint;
  retryCostMicros: bigint;
  errors: bigint;
}

const TOP_KEYS = 8;
const SUMS = Prisma.raw(`sum("calls")::bigint AS "calls", sum("costMicros")::bigint AS "costMicros", sum("inputTokens")::bigint AS "inputTokens",
  sum("outputTokens")::bigint AS "outputTokens", sum("cacheHits")::bigint AS "cacheHits", sum("hitInputTokens")::bigint AS "hitInputTokens",
  sum("hitOutputTokens")::bigint AS "hitOutputTokens", sum("retries")::bigint AS "retries", sum("retryCostMicros")::bigint AS "retryCostMicros",
  sum("errors")::bigint AS "errors"`);

function measures(row: FactRow): SpendMeasures {
  return {
    costMicros: Number(row.costMicros),
    calls: Number(row.calls),
    inputTokens: Number(row.inputTokens),
    outputTokens: Number(row.outputTokens),
    cacheHits: Number(row.cacheHits),
    retries: Number(row.retries),
    retryCostMicros: Number(row.retryCostMicros),
    errors: Number(row.errors),
  };
}

const zero: SpendMeasures = { costMicros: 0, calls: 0, inputTokens: 0, outputTokens: 0, cacheHits: 0, retries: 0, retryCostMicros: 0, errors: 0 };

function add(a: SpendMeasures, b: SpendMeasures): SpendMeasures {
  return {
    costMicros: a.costMicros + b.costMicros,
    calls: a.calls + b.calls,
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    cacheHits: a.cacheHits + b.cacheHits,
    retries: a.retries + b.retries,
    retryCostMicros: a.retryCostMicros + b.retryCostMicros,
    errors: a.errors + b.errors,
  };
}

const FALLBACK_LABEL: Record<BreakdownDim, string> = { model: "(unknown)", agent: "(no agent)", docType: "unclassified", token: "console / no token" };

async function tokenNames(tenantId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const tokens = await db.apiToken.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, name: true, prefix: true } });
  return new Map(tokens.map((t) => [t.id, `${t.name} (${t.prefix})`]));
}

export async function spendReport(tenantId: string, query: SpendQuery): Promise<SpendReport> {
  const split = splitRange(query, await rolledUntil());
  const bucket = Prisma.sql`date_trunc(${query.granularity}::text, f."hour")`;
  const [overTime, byKey, runs, prices] = await Promise.all([
    db.$queryRaw<FactRow[]>`SELECT ${bucket} AS "at", f."dim", f."key", '' AS "provider", ${SUMS}
      FROM (${spendFacts(split, { tenantId, dims: ["total", query.by] })}) f GROUP BY 1, 2, 3`,
    db.$queryRaw<FactRow[]>`SELECT NULL::timestamp AS "at", f."dim", f."key", f."provider", ${SUMS}
      FROM (${spendFacts(split, { tenantId, dims: breakdownDims })}) f GROUP BY 2, 3, 4`,
    runCostStats(tenantId, query),
    currentPrices(),
  ]);

  const names = await tokenNames(tenantId, byKey.filter((r) => r.dim === "token" && r.key).map((r) => r.key!));
  const label = (dim: BreakdownDim, key: string | null) => (key === null ? FALLBACK_LABEL[dim] : dim === "token" ? (names.get(key) ?? key) : key);

  const breakdowns = Object.fromEntries(breakdownDims.map((d) => [d, [] as BreakdownRow[]])) as Record<BreakdownDim, BreakdownRow[]>;
  for (const row of byKey) {
    const dim = row.dim as BreakdownDim;
    const saved = dim === "model" ? savedMicros({ provider: row.provider, model: row.key ?? "", hitInputTokens: Number(row.hitInputTokens), hitOutputTokens: Number(row.hitOutputTokens) }, prices) : 0;
    breakdowns[dim].push({ key: row.key, label: label(dim, row.key), ...measures(row), savedMicros: saved });
  }
  for (const rows of Object.values(breakdowns)) rows.sort((a, b) => b.costMicros - a.costMicros || a.label.localeCompare(b.label));

  const starts = bucketStarts(query);
  const totalsAt = new Map<string, SpendMeasures>();
  const byAt = new Map<string, Map<string, number>>();
  for (const row of overTime) {
    const at = row.at.toISOString();
    if (row.dim === "total") totalsAt.set(at, measures(row));
    else byAt.set(at, (byAt.get(at) ?? new Map()).set(label(query.by, row.key), Number(row.costMicros)));
  }
  const series = starts.map((at) => ({ at, ...(totalsAt.get(at) ?? zero) }));
  const sum = series.reduce<SpendMeasures>((acc, s) => add(acc, s), zero);

  const ranked = breakdowns[query.by].map((r) => r.label);
  const keys = ranked.slice(0, TOP_KEYS);
  const hasOther = ranked.length > TOP_KEYS;
  const points = starts.map((at) => {
    const values = byAt.get(at) ?? new Map<string, number>();
    const top = keys.map((k) => values.get(k) ?? 0);
    if (!hasOther) return { at, values: top };
    const other = [...values].filter(([k]) => !keys.includes(k)).reduce((a, [, v]) => a + v, 0);
    return { at, values: [...top, other] };
  });

  const answered = sum.calls - sum.errors;
  return {
    range: { from: query.from.toISOString(), to: query.to.toISOString(), granularity: query.granularity, by: query.by },
    totals: {
      ...sum,
      cacheHitRate: answered > 0 ? sum.cacheHits / answered : null,
      cacheSavedMicros: breakdowns.model.reduce((a, r) => a + r.savedMicros, 0),
    },
    runs,
    series,
    breakdownSeries: { keys: hasOther ? [...keys, "other"] : keys, points },
    breakdowns,
  };
}
