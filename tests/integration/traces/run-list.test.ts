import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listRuns, runFacets } from "@/lib/traces/run-list";
import type { RunFiltersInput } from "@/lib/traces/run-filters";
import { createTenantWithUsers } from "../../support/factories";
import { seedSpend, type SeededRun } from "../spend/spend-seed";
import { seedTracedRun } from "./trace-seed";

// Filters are checked against plain SQL counts over the same seeded runs, paging through every page.

const now = new Date();
let tenantId: string;
let runs: SeededRun[];
let traced: Awaited<ReturnType<typeof seedTracedRun>>;

async function allPages(filters: RunFiltersInput) {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await listRuns(tenantId, { ...filters, cursor, limit: "100" });
    ids.push(...page.runs.map((r) => r.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

async function sqlCount(where: string, ...args: unknown[]) {
  const [row] = await db.$queryRawUnsafe<Array<{ n: bigint }>>(`SELECT count(*) n FROM "Run" r WHERE r."tenantId" = $1 AND ${where}`, tenantId, ...args);
  return Number(row!.n);
}

beforeAll(async () => {
  tenantId = (await createTenantWithUsers("runs")).tenant.id;
  runs = await seedSpend(db, { tenantId, runs: 1200, from: new Date(now.getTime() - 48 * 3_600_000), to: now, seed: 5 });
  traced = await seedTracedRun(db, { tenantId });
  await createTenantWithUsers("runs-other").then(({ tenant }) => seedSpend(db, { tenantId: tenant.id, runs: 50, from: new Date(now.getTime() - 3_600_000), to: now, seed: 6 }));
}, 120_000);

describe("run list", () => {
  it("lists every run of the tenant once, newest first, across pages", async () => {
    const ids = await allPages({});
    expect(ids).toHaveLength(runs.length + 1);
    expect(new Set(ids).size).toBe(ids.length);
    const first = await listRuns(tenantId, { limit: "5" });
    const times = first.runs.map((r) => r.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it("filters by status, type, decision, cost and duration like plain SQL does", async () => {
    const cases: Array<[RunFiltersInput, string, unknown[]]> = [
      [{ status: ["failed", "rejected"] }, `r.status::text IN ('failed', 'rejected')`, []],
      [{ type: "receipt" }, `r."docType" = 'receipt'`, []],
      [{ type: "unclassified" }, `r."docType" IS NULL`, []],
      [{ decision: "auto_approved" }, `r.decision = 'auto_approved'`, []],
      [{ minCost: "0.002", maxCost: "0.004" }, `r."spentMicros" BETWEEN 2000 AND 4000`, []],
      [{ minDuration: "6", maxDuration: "9.5" }, `r."finishedAt" - r."startedAt" BETWEEN interval '6 seconds' AND interval '9.5 seconds'`, []],
      [{ status: "approved", type: "invoice", minCost: "0.003", minDuration: "" }, `r.status = 'approved' AND r."docType" = 'invoice' AND r."spentMicros" >= 3000`, []],
    ];
    for (const [filters, where, args] of cases) {
      const expected = await sqlCount(where, ...args);
      expect(expected, where).toBeGreaterThan(0);
      expect(await allPages(filters), where).toHaveLength(expected);
    }
  });

  it("shows each run's calls, retries, errors and cache hits", async () => {
    const page = await listRuns(tenantId, { q: traced.run.id });
    expect(page.runs).toHaveLength(1);
    expect(page.runs[0]).toMatchObject({ filename: traced.document.filename, calls: 6, retries: 1, errors: 1, cacheHits: 1, spentMicros: 6_986, durationMs: 9_390 });
  });

  it("finds runs by document id and by extracted or corrected field value", async () => {
    const byDocument = await listRuns(tenantId, { q: runs[17]!.documentId });
    expect(byDocument.runs.map((r) => r.id)).toEqual([runs[17]!.id]);
    expect((await listRuns(tenantId, { q: "INV-2026-0042" })).runs.map((r) => r.id)).toEqual([traced.run.id]);
    expect((await listRuns(tenantId, { q: "1234.55" })).runs.map((r) => r.id)).toEqual([traced.run.id]);
    expect((await listRuns(tenantId, { q: "no such value" })).runs).toHaveLength(0);
  });

  it("never shows another tenant's runs, even searched by id", async () => {
    const foreign = await db.run.findFirstOrThrow({ where: { tenantId: { not: tenantId }, id: { startsWith: "seed-" } } });
    expect((await listRuns(tenantId, { q: foreign.id })).runs).toHaveLength(0);
    expect((await listRuns(tenantId, { q: foreign.documentId })).runs).toHaveLength(0);
  });

  it("offers the document types and decisions that occur", async () => {
    const facets = await runFacets(tenantId);
    expect(facets.docTypes).toEqual(["generic", "invoice", "receipt"]);
    expect(facets.decisions).toEqual(["auto_approved", "needs_review", "waiting_for_answer"]);
  });
});
