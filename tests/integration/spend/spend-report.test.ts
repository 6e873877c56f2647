import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEFAULT_PRICES } from "@/lib/gateway/pricing";
import { rollUpSpend, rolledUntil } from "@/lib/spend/rollup";
import { spendReport } from "@/lib/spend/spend-report";
import type { SpendReport } from "@/lib/spend/spend-contract";
import { resolveSpendQuery, type BreakdownDim } from "@/lib/spend/spend-query";
import { createTenantWithUsers } from "../../support/factories";
import { seedSpend } from "./spend-seed";

// The report is checked against plain SQL over ModelCall written independently of lib/spend: same
// numbers before any rollup, after the rollup, and across partial hours at both ends of the range.

const HOUR = 3_600_000;
const now = new Date();
let tenantId: string;
let otherTenantId: string;

const ts = (d: Date) => d.toISOString();

async function expected(from: Date, to: Date) {
  const where = `mc."tenantId" = $1 AND mc."createdAt" >= ($2::timestamptz AT TIME ZONE 'UTC') AND mc."createdAt" < ($3::timestamptz AT TIME ZONE 'UTC')`;
  const args = [tenantId, ts(from), ts(to)];
  const [totals] = await db.$queryRawUnsafe<Array<Record<string, bigint>>>(
    `SELECT count(*) calls, coalesce(sum("costMicros"),0)::bigint cost, coalesce(sum("inputTokens"),0)::bigint input, coalesce(sum("outputTokens"),0)::bigint output,
       count(*) FILTER (WHERE "cacheHit") hits, count(*) FILTER (WHERE attempt > 1) retries,
       coalesce(sum("costMicros") FILTER (WHERE attempt > 1),0)::bigint retry_cost, count(*) FILTER (WHERE "errorClass" IS NOT NULL) errors
     FROM "ModelCall" mc WHERE ${where}`,
    ...args,
  );
  const column: Record<BreakdownDim, string> = { model: "mc.model", agent: "mc.agent", docType: `r."docType"`, token: `mc."apiTokenId"` };
  const by: Record<string, Map<string | null, { cost: number; calls: number }>> = {};
  for (const [dim, col] of Object.entries(column)) {
    const rows = await db.$queryRawUnsafe<Array<{ k: string | null; cost: bigint; calls: bigint }>>(
      `SELECT ${col} k, sum(mc."costMicros")::bigint cost, count(*) calls FROM "ModelCall" mc LEFT JOIN "Run" r ON r.id = mc."runId" WHERE ${where} GROUP BY 1`,
      ...args,
    );
    by[dim] = new Map(rows.map((r) => [r.k, { cost: Number(r.cost), calls: Number(r.calls) }]));
  }
  const hourly = await db.$queryRawUnsafe<Array<{ h: Date; cost: bigint }>>(
    `SELECT date_trunc('hour', mc."createdAt") h, sum("costMicros")::bigint cost FROM "ModelCall" mc WHERE ${where} GROUP BY 1`,
    ...args,
  );
  const prices = DEFAULT_PRICES.map((p) => `('${p.model}', ${p.inputMicrosPerMTok}, ${p.outputMicrosPerMTok})`).join(",");
  const [saved] = await db.$queryRawUnsafe<Array<{ saved: bigint }>>(
    `SELECT coalesce(sum(per_model), 0)::bigint saved FROM (
       SELECT ceil((sum(mc."inputTokens")::numeric * p.pin + sum(mc."outputTokens")::numeric * p.pout) / 1000000) per_model
       FROM "ModelCall" mc JOIN (VALUES ${prices}) p(model, pin, pout) ON p.model = mc.model
       WHERE ${where} AND mc."cacheHit" AND mc.provider <> 'local' GROUP BY mc.model, p.pin, p.pout) x`,
    ...args,
  );
  // Per-run cost recomputed from the calls themselves, not from Run.spentMicros.
  const [runs] = await db.$queryRawUnsafe<Array<Record<string, number | bigint | null>>>(
    `SELECT count(*) runs, count(*) FILTER (WHERE status = 'approved') approved, sum(c)::bigint spent, avg(c)::float8 mean,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY c) p50, percentile_cont(0.95) WITHIN GROUP (ORDER BY c) p95
     FROM (SELECT r.id, r.status, coalesce((SELECT sum("costMicros") FROM "ModelCall" WHERE "runId" = r.id), 0) c FROM "Run" r
           WHERE r."tenantId" = $1 AND r."createdAt" >= ($2::timestamptz AT TIME ZONE 'UTC') AND r."createdAt" < ($3::timestamptz AT TIME ZONE 'UTC')) x`,
    ...args,
  );
  return { totals, by, hourly: new Map(hourly.map((h) => [h.h.toISOString(), Number(h.cost)])), saved: Number(saved!.saved), runs: runs! };
}

async function check(report: SpendReport, from: Date, to: Date) {
  const want = await expected(from, to);
  const t = want.totals!;
  expect(report.totals).toMatchObject({
    calls: Number(t.calls),
    costMicros: Number(t.cost),
    inputTokens: Number(t.input),
    outputTokens: Number(t.output),
    cacheHits: Number(t.hits),
    retries: Number(t.retries),
    retryCostMicros: Number(t.retry_cost),
    errors: Number(t.errors),
  });
  expect(report.totals.cacheSavedMicros).toBe(want.saved);
  for (const dim of ["model", "agent", "docType", "token"] as const) {
    const got = new Map(report.breakdowns[dim].map((r) => [r.key, { cost: r.costMicros, calls: r.calls }]));
    expect(got, dim).toEqual(want.by[dim]);
  }
  for (const point of report.series) expect(point.costMicros, point.at).toBe(want.hourly.get(point.at) ?? 0);
  const r = want.runs;
  expect(report.runs.runs).toBe(Number(r.runs));
  expect(report.runs.approved).toBe(Number(r.approved));
  expect(report.runs.spentMicros).toBe(Number(r.spent ?? 0));
  expect(report.runs.meanMicros).toBe(Math.round(Number(r.mean)));
  expect(report.runs.p50Micros).toBe(Math.round(Number(r.p50)));
  expect(report.runs.p95Micros).toBe(Math.round(Number(r.p95)));
  expect(report.runs.perApprovedMicros).toBe(Math.round(Number(r.spent) / Number(r.approved)));
}

beforeAll(async () => {
  const { tenant } = await createTenantWithUsers("spend");
  const other = await createTenantWithUsers("other");
  tenantId = tenant.id;
  otherTenantId = other.tenant.id;
  const tokens = await Promise.all(
    ["mobile", "backoffice", "partner"].map((name, i) =>
      db.apiToken.create({ data: { tenantId, name, prefix: `sv_${tenantId.slice(-6)}${i}`, tokenHash: `${tenantId}-${i}`, scopes: ["upload"] } }),
    ),
  );
  const from = new Date(now.getTime() - 72 * HOUR);
  await seedSpend(db, { tenantId, runs: 3000, from, to: new Date(now.getTime() - 2 * 60_000), tokenIds: [...tokens.map((t) => t.id), null], seed: 11 });
  await seedSpend(db, { tenantId: otherTenantId, runs: 300, from, to: now, seed: 12 });
}, 120_000);

describe("spend report", () => {
  const from = new Date(now.getTime() - 48 * HOUR - 17 * 60_000);
  const to = new Date(now.getTime() - 20 * 60_000);
  const query = () => resolveSpendQuery({ from: ts(from), to: ts(to), granularity: "hour" }, now);

  it("matches plain SQL over ModelCall when nothing is rolled up yet", async () => {
    await db.spendRollupState.deleteMany();
    await db.spendHour.deleteMany();
    expect(await rolledUntil()).toBeNull();
    const report = await spendReport(tenantId, query());
    expect(report.totals.calls).toBeGreaterThan(7000);
    await check(report, from, to);
  });

  it("matches plain SQL after the hourly rollup, with partial hours at both ends read live", async () => {
    await rollUpSpend({ now });
    expect((await rolledUntil())!.getTime()).toBeGreaterThan(now.getTime() - 2 * HOUR);
    expect(await db.spendHour.count()).toBeGreaterThan(0);
    const report = await spendReport(tenantId, query());
    await check(report, from, to);
    // Every hour the range touches, partial first and last hours included (48 or 49 by the clock).
    expect(report.series).toHaveLength(Math.floor(to.getTime() / HOUR) - Math.floor(from.getTime() / HOUR) + 1);
  });

  it("picks up calls written late and document types classified late on the next pass", async () => {
    const run = await db.run.findFirstOrThrow({ where: { tenantId, createdAt: { gte: new Date(now.getTime() - 10 * HOUR), lt: new Date(now.getTime() - 9 * HOUR) } } });
    await db.modelCall.create({ data: { runId: run.id, tenantId, agent: "extraction", provider: "openai", model: "gpt-4.1", costMicros: 12_345, inputTokens: 10, outputTokens: 5, createdAt: run.createdAt } });
    // As the gateway does: the call's cost is added to its run.
    await db.run.update({ where: { id: run.id }, data: { docType: "late-type", spentMicros: { increment: 12_345 } } });
    expect(await rollUpSpend({ now })).toEqual({ skipped: false });
    // The next pass, once another hour has closed, aggregates the last day again.
    await rollUpSpend({ now: new Date(now.getTime() + HOUR) });
    const report = await spendReport(tenantId, query());
    await check(report, from, to);
    expect(report.breakdowns.docType.some((r) => r.key === "late-type")).toBe(true);
  });

  it("buckets by UTC day and charts the chosen dimension's biggest values", async () => {
    const dayFrom = new Date(now.getTime() - 70 * HOUR);
    const report = await spendReport(tenantId, resolveSpendQuery({ from: ts(dayFrom), to: ts(now), granularity: "day", by: "agent" }, now));
    expect(report.series.every((p) => p.at.endsWith("T00:00:00.000Z"))).toBe(true);
    expect(report.breakdownSeries.keys).toEqual(report.breakdowns.agent.map((r) => r.label));
    const charted = report.breakdownSeries.points.reduce((a, p) => a + p.values.reduce((x, y) => x + y, 0), 0);
    expect(charted).toBe(report.totals.costMicros);
    await check({ ...report, series: [] }, dayFrom, now);
  });

  it("keeps tenants apart", async () => {
    const mine = await spendReport(tenantId, query());
    const theirs = await spendReport(otherTenantId, query());
    expect(theirs.totals.calls).toBeGreaterThan(0);
    expect(theirs.totals.calls).toBeLessThan(mine.totals.calls / 5);
    expect(theirs.breakdowns.token.map((r) => r.key)).toEqual([null]);
  });
});
