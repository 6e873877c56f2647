// Review queue at scale: 100,000 items in one tenant (plus 20,000 in another), then the queries a
// reviewer's day is made of — first and deep pages in every sort order, filters, search, counts,
// claim and claim-next — timed against real PostgreSQL. Last line: one JSON object.
//   npm run bench:review-queue
import pg from "pg";
import { createThrowawayDatabase } from "../support/services";

const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000);
const OTHER_TENANT_ITEMS = Math.round(ITEMS / 5);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 25);

const database = await createThrowawayDatabase("bench_review");
process.env.DATABASE_URL = database.url;
process.env.REDIS_URL = "";
process.env.LOG_LEVEL = "silent";
process.env.SIEVE_SEED_ON_START = "false";

const { db, closeDatabase } = await import("@/lib/db");
const { listQueue, queueCounts, queueRows, queueWhere } = await import("@/lib/review/queue-list");
const { claimItem, claimNext } = await import("@/lib/review/claims");
const { queueQuerySchema } = await import("@/lib/review/queue-contract");
const { encodeCursor, sortKeys } = await import("@/lib/review/keyset");
const { auditPrecision } = await import("@/lib/review/audit-precision");

async function seed(client: pg.Client, tenant: string, count: number) {
  await client.query(`INSERT INTO "Tenant" (id, name) VALUES ($1, $1)`, [tenant]);
  // Set-based inserts: documents, runs and review items with a realistic mix of reasons, states,
  // priorities, confidences and deadlines (some missing), spread over the last 30 days.
  await client.query(
    `INSERT INTO "Document" (id, "tenantId", filename, mime, size, sha256, bytes, status, "createdAt", "updatedAt")
     SELECT $1 || '-d' || g, $1, 'scan-' || lpad(g::text, 6, '0') || CASE WHEN g % 97 = 0 THEN '-acme' ELSE '' END || '.pdf',
            'application/pdf', 1, $1 || g, '\\x00', 'needs_review', now() - (g || ' seconds')::interval * 25, now()
     FROM generate_series(1, $2) g`,
    [tenant, count],
  );
  await client.query(
    `INSERT INTO "Run" (id, "documentId", "tenantId", status, "budgetCapMicros", "createdAt", "updatedAt")
     SELECT $1 || '-r' || g, $1 || '-d' || g, $1, 'needs_review', 250000, now() - (g || ' seconds')::interval * 25, now()
     FROM generate_series(1, $2) g`,
    [tenant, count],
  );
  await client.query(
    `INSERT INTO "ReviewItem" (id, "tenantId", "documentId", "runId", reason, priority, status, "docType", confidence, "slaDueAt", "createdAt", "updatedAt", "resolvedAt", resolution)
     SELECT $1 || '-i' || lpad(g::text, 7, '0'), $1, $1 || '-d' || g, $1 || '-r' || g,
            (CASE WHEN g % 20 = 0 THEN 'open_question' WHEN g % 7 = 0 THEN 'audit_sample' WHEN g % 4 = 0 THEN 'validation_failed'
                  WHEN g % 31 = 0 THEN 'prompt_injection' ELSE 'low_confidence' END)::"ReviewReason",
            CASE WHEN g % 20 = 0 THEN 50 WHEN g % 7 = 0 THEN 10 WHEN g % 4 = 0 THEN 60 WHEN g % 31 = 0 THEN 90 ELSE 40 END,
            (CASE WHEN g % 19 = 0 THEN 'resolved' WHEN g % 23 = 0 THEN 'claimed' ELSE 'open' END)::"ReviewStatus",
            CASE g % 3 WHEN 0 THEN 'invoice' WHEN 1 THEN 'receipt' ELSE 'generic' END,
            CASE WHEN g % 11 = 0 THEN NULL ELSE (g % 1000) / 1000.0 END,
            CASE WHEN g % 13 = 0 THEN NULL ELSE now() + ((g % 200) - 50 || ' minutes')::interval END,
            now() - (g || ' seconds')::interval * 25, now() - interval '1 hour',
            CASE WHEN g % 19 = 0 THEN now() - interval '1 day' END,
            (CASE WHEN g % 19 = 0 THEN (CASE WHEN g % 3 = 0 THEN 'rejected' ELSE 'approved' END) END)::"ReviewResolution"
     FROM generate_series(1, $2) g`,
    [tenant, count],
  );
  await client.query(
    `UPDATE "ReviewItem" SET "claimExpiresAt" = now() + interval '10 minutes' WHERE "tenantId" = $1 AND status = 'claimed'`,
    [tenant],
  );
}

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(label: string, fn: () => Promise<unknown>, repeat = REPEAT) {
  await fn(); // warm the plan cache and buffers
  const samples: number[] = [];
  for (let i = 0; i < repeat; i++) samples.push((await time(fn)).ms);
  const result = { p50: +percentile(samples, 50).toFixed(2), p95: +percentile(samples, 95).toFixed(2) };
  console.log(`${label.padEnd(52)} p50 ${result.p50.toFixed(2).padStart(7)} ms   p95 ${result.p95.toFixed(2).padStart(7)} ms`);
  return result;
}

const client = new pg.Client({ connectionString: database.url });
await client.connect();
try {
  const seeding = await time(async () => {
    await seed(client, "bench-tenant", ITEMS);
    await seed(client, "other-tenant", OTHER_TENANT_ITEMS);
    await client.query(
      `INSERT INTO "User" (id, "tenantId", email, name, "passwordHash") SELECT 'u' || g, 'bench-tenant', 'u' || g || '@bench.test', 'Reviewer ' || g, 'x' FROM generate_series(1, $1) g`,
      [REPEAT * 2 + 10],
    );
    await client.query("VACUUM ANALYZE");
  });
  console.log(`seeded ${ITEMS.toLocaleString()} + ${OTHER_TENANT_ITEMS.toLocaleString()} review items in ${(seeding.ms / 1000).toFixed(1)} s\n`);

  const tenant = "bench-tenant";
  const page = (query: Record<string, unknown>) => listQueue(tenant, "u1", queueQuerySchema.parse(query));
  const openCount = (await page({})).total;

  /** A cursor at row `offset` of a view, as the client would hold after paging that far. */
  async function cursorAt(sort: keyof typeof sortKeys, offset: number) {
    const { orderBy } = await import("@/lib/review/keyset");
    const [row] = await db.reviewItem.findMany({ where: { tenantId: tenant, status: "open" }, orderBy: orderBy(sort), skip: offset, take: 1 });
    return encodeCursor(sort, row);
  }

  const figures: Record<string, { p50: number; p95: number }> = {};
  for (const sort of Object.keys(sortKeys) as (keyof typeof sortKeys)[]) {
    figures[`first_page_${sort}`] = await measure(`first page (50 + total), sort ${sort}`, () => page({ sort }));
    const deep = await cursorAt(sort, Math.floor(openCount * 0.6));
    figures[`deep_page_${sort}`] = await measure(`page at item ${Math.floor(openCount * 0.6).toLocaleString()}, sort ${sort}`, () => page({ sort, cursor: deep }));
  }
  // The page's rows alone (the total is a separate index-only count run beside them).
  const openWhere = queueWhere(tenant, "u1", { view: "open" });
  const deepPriority = await cursorAt("priority", Math.floor(openCount * 0.9));
  figures.rows_first_page = await measure("rows only, first page, priority", () => queueRows(openWhere, { sort: "priority", limit: 51 }));
  figures.rows_deep_page = await measure(`rows only, page at item ${Math.floor(openCount * 0.9).toLocaleString()}, priority`, () => queueRows(openWhere, { sort: "priority", limit: 51, cursor: deepPriority }));
  figures.filter_rare_reason = await measure("filter reason=prompt_injection", () => page({ reason: "prompt_injection" }));
  figures.filter_doc_type = await measure("filter docType=generic, sort sla", () => page({ docType: "generic", sort: "sla" }));
  figures.filter_both_deep = await measure("reason+docType, second page", async () => {
    const first = await page({ reason: "validation_failed", docType: "invoice" });
    return page({ reason: "validation_failed", docType: "invoice", cursor: first.nextCursor });
  });
  figures.search_name = await measure("search file name 'acme'", () => page({ q: "acme" }));
  figures.search_miss = await measure("search with no match", () => page({ q: "no-such-file" }));
  figures.search_id = await measure("search exact document id", () => page({ q: "bench-tenant-d77777" }));
  figures.view_mine = await measure("view mine", () => page({ view: "mine" }));
  figures.view_resolved = await measure("view resolved, newest", () => page({ view: "resolved", sort: "newest" }));
  figures.counts = await measure("counts per reason (summary chips)", () => queueCounts(tenant, "u1"));
  figures.precision = await measure("audit-sample precision, 30 days", () => auditPrecision(tenant));

  let n = 0;
  const openIds = (await db.reviewItem.findMany({ where: { tenantId: tenant, status: "open" }, select: { id: true }, take: REPEAT * 2 + 2, orderBy: { id: "desc" } })).map((r) => r.id);
  figures.claim = await measure("claim an item (conditional UPDATE + audit)", () => claimItem({ kind: "user" as const, tenantId: tenant, userId: "u2", role: "reviewer" as const }, openIds[n++]!));
  // A different reviewer each time, so every call takes a fresh item from the head of the queue.
  let reviewer = 3;
  figures.claim_next = await measure("claim next, priority order", () => claimNext({ kind: "user" as const, tenantId: tenant, userId: `u${reviewer++}`, role: "reviewer" as const }, { sort: "priority" }));

  const worst = Math.max(...Object.values(figures).map((f) => f.p95));
  console.log(`\nopen items in the benchmark tenant: ${openCount.toLocaleString()}; worst p95 ${worst.toFixed(2)} ms`);
  console.log(JSON.stringify({ items: ITEMS, open_items: openCount, worst_p95_ms: +worst.toFixed(2), ...Object.fromEntries(Object.entries(figures).map(([k, v]) => [`${k}_p95_ms`, v.p95])) }));
} finally {
  await client.end();
  await closeDatabase();
  if (!process.env.BENCH_KEEP) await database.drop();
  else console.log(`kept ${database.url}`);
}
