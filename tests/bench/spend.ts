// npm run bench:spend — /spend query time at a million ModelCall rows.
// Seeds a throwaway PostgreSQL database with 200,000 runs and 1,000,000 model call attempts over 30
// days (INSERT … SELECT generate_series, indexes built after the load), then times the spend report
// the /spend page asks for, over several ranges: first straight from ModelCall (no rollup yet), then
// after the hourly rollup has caught up (how the app runs). The rolled-up report must equal the live
// one for every range (a fast report that is wrong fails the benchmark). Ends with one JSON line.
import { isDeepStrictEqual } from "node:util";
import pg from "pg";
import { createThrowawayDatabase } from "../support/services";

const RUNS = 200_000;
const CALLS_PER_RUN = 5;
const DAYS = 30;
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 15);

const database = await createThrowawayDatabase("bench_spend");
process.env.DATABASE_URL = database.url;
process.env.LOG_LEVEL = "silent";
delete process.env.REDIS_URL;

const client = new pg.Client({ connectionString: database.url });
await client.connect();
const timed = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
  const started = performance.now();
  const result = await fn();
  console.log(`  ${label.padEnd(44)} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
};

try {
  console.log(`seeding ${RUNS.toLocaleString()} runs and ${(RUNS * CALLS_PER_RUN).toLocaleString()} model calls over ${DAYS} days`);
  const end = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  const start = new Date(end.getTime() - DAYS * 86_400_000);
  await client.query(`INSERT INTO "Tenant" (id, name) VALUES ('bench', 'Bench tenant'), ('other', 'Other tenant')`);
  await client.query(`INSERT INTO "ApiToken" (id, "tenantId", name, prefix, "tokenHash", scopes)
    SELECT 'tok' || g, 'bench', 'token ' || g, 'sv_bench' || g, 'hash' || g, '{upload,read}' FROM generate_series(1, 10) g`);

  // Secondary indexes are dropped for the load and rebuilt after it, as a bulk import would.
  const { rows: indexes } = await client.query<{ name: string; def: string }>(
    `SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE tablename IN ('ModelCall', 'Run', 'Document') AND indexname NOT LIKE '%_pkey'`,
  );
  for (const i of indexes) await client.query(`DROP INDEX "${i.name}"`);
  await client.query(`SET session_replication_role = replica`);

  await timed("documents", () =>
    client.query(
      `INSERT INTO "Document" (id, "tenantId", "apiTokenId", filename, mime, size, sha256, bytes, status, "docType", "createdAt", "updatedAt")
       SELECT 'doc' || r, CASE WHEN r % 50 = 0 THEN 'other' ELSE 'bench' END, 'tok' || (1 + r % 10), 'doc-' || r || '.pdf', 'application/pdf', 1000, 'sha' || r, '\\x00',
         'approved', (ARRAY['invoice','invoice','receipt','receipt','generic'])[1 + r % 5], $1::timestamptz + (r::float8 / $2) * interval '${DAYS} days', now()
       FROM generate_series(0, $2 - 1) r`,
      [start.toISOString(), RUNS],
    ),
  );
  // Each run: classification, extraction (10% escalated to gpt-4.1), summarisation, local validation,
  // and one more attempt (a rate-limited retry of extraction or a validation escalation). 20% of calls
  // are cache hits (no cost), 3% fail.
  await timed("model calls (1,000,000)", () =>
    client.query(
      `INSERT INTO "ModelCall" (id, "runId", "tenantId", "apiTokenId", agent, provider, model, attempt, "inputTokens", "outputTokens", "costMicros",
         "latencyMs", "cacheHit", "errorClass", "breakerState", "createdAt")
       SELECT 'mc' || g, 'run' || r, CASE WHEN r % 50 = 0 THEN 'other' ELSE 'bench' END, 'tok' || (1 + r % 10), spec.agent, spec.provider, spec.model, spec.attempt,
         tokens.input, tokens.output,
         CASE WHEN hit OR failed THEN 0 ELSE ceil((tokens.input * p.pin + tokens.output * p.pout) / 1e6)::int END,
         CASE WHEN hit THEN 2 ELSE 300 + (g * 7919) % 4000 END, hit, CASE WHEN failed THEN 'rate_limited' END, 'closed',
         $1::timestamptz + (r::float8 / $2) * interval '${DAYS} days' + ids.k * interval '2 seconds'
       FROM generate_series(0::bigint, $2 * ${CALLS_PER_RUN} - 1) g,
         LATERAL (SELECT g / ${CALLS_PER_RUN} AS r, g % ${CALLS_PER_RUN} AS k) ids,
         LATERAL (SELECT ((g * 2654435761) % 100) < 20 AS hit, ((g * 40503) % 100) < 3 AS failed) fate,
         LATERAL (SELECT * FROM (VALUES
           (0, 'classification', 'openai', 'gpt-4.1-nano', 1),
           (1, 'extraction', 'openai', CASE WHEN r % 10 = 0 THEN 'gpt-4.1' ELSE 'gpt-4.1-mini' END, 1),
           (2, 'summarisation', 'openai', 'gpt-4o-mini', 1),
           (3, 'validation', 'local', 'local', 1),
           (4, CASE WHEN r % 3 = 0 THEN 'extraction' ELSE 'validation' END, 'openai', CASE WHEN r % 3 = 0 THEN 'gpt-4.1-mini' ELSE 'gpt-4.1' END, CASE WHEN r % 3 = 0 THEN 2 ELSE 1 END)
         ) AS s(k, agent, provider, model, attempt) WHERE s.k = ids.k) spec,
         LATERAL (SELECT CASE WHEN failed THEN 0 ELSE 300 + (g * 31) % 5000 END AS input, CASE WHEN failed THEN 0 ELSE 20 + (g * 17) % 800 END AS output) tokens,
         LATERAL (SELECT CASE spec.model WHEN 'gpt-4.1' THEN 2000000 WHEN 'gpt-4.1-mini' THEN 400000 WHEN 'gpt-4.1-nano' THEN 100000 WHEN 'gpt-4o-mini' THEN 150000 ELSE 0 END AS pin,
                         CASE spec.model WHEN 'gpt-4.1' THEN 8000000 WHEN 'gpt-4.1-mini' THEN 1600000 WHEN 'gpt-4.1-nano' THEN 400000 WHEN 'gpt-4o-mini' THEN 600000 ELSE 0 END AS pout) p`,
      [start.toISOString(), RUNS],
    ),
  );
  await timed("runs (spend summed from their calls)", () =>
    client.query(
      `INSERT INTO "Run" (id, "documentId", "tenantId", "apiTokenId", status, "docType", decision, confidence, "budgetCapMicros", "spentMicros", "createdAt", "startedAt", "finishedAt", "updatedAt")
       SELECT 'run' || r, d.id, d."tenantId", d."apiTokenId", s.status::"RunStatus", d."docType", s.decision, 0.5 + (r % 50) / 100.0, 250000, coalesce(c.spent, 0),
         d."createdAt", d."createdAt", d."createdAt" + interval '9 seconds', now()
       FROM (SELECT 'doc' || r AS id, r FROM generate_series(0, $1 - 1) r) x
       JOIN "Document" d ON d.id = x.id
       CROSS JOIN LATERAL (SELECT CASE WHEN r % 10 < 6 THEN 'approved' WHEN r % 10 < 9 THEN 'needs_review' ELSE 'failed' END AS status) st
       CROSS JOIN LATERAL (SELECT st.status, CASE st.status WHEN 'approved' THEN 'auto_approved' WHEN 'needs_review' THEN 'needs_review' END AS decision) s
       LEFT JOIN (SELECT "runId", sum("costMicros") AS spent FROM "ModelCall" GROUP BY 1) c ON c."runId" = 'run' || r`,
      [RUNS],
    ),
  );
  await client.query(`SET session_replication_role = origin`);
  await timed(`rebuild ${indexes.length} indexes`, async () => {
    for (const i of indexes) await client.query(i.def);
  });
  await timed("vacuum analyze", () => client.query(`VACUUM ANALYZE`));
  const { rows: [{ n }] } = await client.query<{ n: string }>(`SELECT count(*) n FROM "ModelCall"`);
  const rows = Number(n);

  const { spendReport } = await import("@/lib/spend/spend-report");
  const { resolveSpendQuery } = await import("@/lib/spend/spend-query");
  const { rollUpSpend } = await import("@/lib/spend/rollup");
  const { closeDatabase } = await import("@/lib/db");

  const iso = (d: Date) => d.toISOString();
  const hour = (d: Date) => new Date(Math.ceil(d.getTime() / 3_600_000) * 3_600_000);
  const to = hour(end);
  const selections = [
    { name: "last 24 h by hour, by model", from: new Date(to.getTime() - 86_400_000), granularity: "hour", by: "model" },
    { name: "last 7 days by day, by model (default)", from: new Date(to.getTime() - 7 * 86_400_000), granularity: "day", by: "model" },
    { name: "last 7 days by hour, by API token", from: new Date(to.getTime() - 7 * 86_400_000), granularity: "hour", by: "token" },
    { name: "last 30 days by day, by document type", from: new Date(to.getTime() - 31 * 86_400_000), granularity: "day", by: "docType" },
  ] as const;

  const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  async function measure(label: string) {
    console.log(`\n${label}`);
    const all: number[] = [];
    const reports: unknown[] = [];
    for (const s of selections) {
      const query = resolveSpendQuery({ from: iso(s.from), to: iso(to), granularity: s.granularity, by: s.by });
      reports.push(await spendReport("bench", query));
      const times: number[] = [];
      for (let i = 0; i < ITERATIONS; i++) {
        const started = performance.now();
        await spendReport("bench", query);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      all.push(...times);
      console.log(`  ${s.name.padEnd(44)} p50 ${percentile(times, 0.5).toFixed(1).padStart(7)} ms   p95 ${percentile(times, 0.95).toFixed(1).padStart(7)} ms`);
    }
    all.sort((a, b) => a - b);
    return { p50: percentile(all, 0.5), p95: percentile(all, 0.95), reports };
  }

  const live = await measure(`spend report straight from ModelCall (${rows.toLocaleString()} rows, no rollup), ${ITERATIONS} runs each:`);
  console.log("");
  const rollupStarted = performance.now();
  await timed("hourly rollup catch-up (30 days)", () => rollUpSpend({ chunkHours: 24 * 7 }));
  const rollupMs = performance.now() - rollupStarted;
  const { rows: [{ h }] } = await client.query<{ h: string }>(`SELECT count(*) h FROM "SpendHour"`);
  console.log(`  SpendHour rows: ${Number(h).toLocaleString()}`);
  const rolled = await measure(`spend report with the hourly rollup (how the app runs), ${ITERATIONS} runs each:`);
  const mismatched = selections.filter((_, i) => !isDeepStrictEqual(rolled.reports[i], live.reports[i])).map((s) => s.name);
  console.log(mismatched.length === 0 ? "\nrolled-up reports equal the live ones for every range" : `\nrolled-up report DIFFERS from the live one: ${mismatched.join("; ")}`);
  if (mismatched.length > 0) process.exitCode = 1;

  await closeDatabase();
  console.log(
    JSON.stringify({
      spend_query_ms_p50: Number(rolled.p50.toFixed(1)),
      spend_query_ms_p95: Number(rolled.p95.toFixed(1)),
      rows,
      unrolled_query_ms_p50: Number(live.p50.toFixed(1)),
      unrolled_query_ms_p95: Number(live.p95.toFixed(1)),
      rollup_catchup_ms: Math.round(rollupMs),
      rollup_matches_live: mismatched.length === 0,
    }),
  );
} finally {
  await client.end();
  await database.drop();
}
