import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RunStatus } from "@/lib/generated/prisma/enums";
import { decodeCursor, encodeCursor } from "@/lib/core/cursor";
import { utc } from "@/lib/core/time";
import { UNCLASSIFIED, runFiltersSchema, type RunFiltersInput } from "@/lib/traces/run-filters";

// The run list behind /runs: one tenant's runs, newest first, filtered in SQL and paged by keyset.
// Per-run call counts come from the page's runs only (a lateral lookup on ModelCall.runId).

export interface RunListItem {
  id: string;
  documentId: string;
  filename: string;
  status: RunStatus;
  docType: string | null;
  decision: string | null;
  confidence: number | null;
  spentMicros: number;
  durationMs: number | null;
  calls: number;
  retries: number;
  errors: number;
  cacheHits: number;
  createdAt: string;
}

export interface RunListPage {
  runs: RunListItem[];
  nextCursor: string | null;
}

const DURATION = Prisma.sql`(EXTRACT(EPOCH FROM (r."finishedAt" - r."startedAt")) * 1000)`;

function conditions(tenantId: string, f: ReturnType<typeof runFiltersSchema.parse>): Prisma.Sql[] {
  const where = [Prisma.sql`r."tenantId" = ${tenantId}`];
  if (f.status.length) where.push(Prisma.sql`r.status::text IN (${Prisma.join(f.status)})`);
  if (f.type) where.push(f.type === UNCLASSIFIED ? Prisma.sql`r."docType" IS NULL` : Prisma.sql`r."docType" = ${f.type}`);
  if (f.decision) where.push(Prisma.sql`r.decision = ${f.decision}`);
  if (f.minCost !== undefined) where.push(Prisma.sql`r."spentMicros" >= ${f.minCost}`);
  if (f.maxCost !== undefined) where.push(Prisma.sql`r."spentMicros" <= ${f.maxCost}`);
  if (f.minDuration !== undefined) where.push(Prisma.sql`${DURATION} >= ${f.minDuration}`);
  if (f.maxDuration !== undefined) where.push(Prisma.sql`${DURATION} <= ${f.maxDuration}`);
  if (f.q) {
    where.push(Prisma.sql`(r.id = ${f.q} OR r."documentId" = ${f.q} OR r.id IN (
      SELECT "runId" FROM "FieldValue" WHERE value = ${f.q} UNION SELECT "runId" FROM "FieldValue" WHERE "correctedValue" = ${f.q}))`);
  }
  if (f.cursor) {
    const { createdAt, id } = decodeCursor(f.cursor);
    where.push(Prisma.sql`(r."createdAt" < ${utc(createdAt)} OR (r."createdAt" = ${utc(createdAt)} AND r.id < ${id}))`);
  }
  return where;
}

export async function listRuns(tenantId: string, input: RunFiltersInput): Promise<RunListPage> {
  const f = runFiltersSchema.parse(input);
  const rows = await db.$queryRaw<Array<Omit<RunListItem, "createdAt"> & { createdAt: Date }>>`
    SELECT r.id, r."documentId", d.filename, r.status, r."docType", r.decision, r.confidence, r."spentMicros", r."createdAt",
      ${DURATION}::int AS "durationMs", c.calls, c.retries, c.errors, c."cacheHits"
    FROM "Run" r JOIN "Document" d ON d.id = r."documentId"
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS calls, (count(*) FILTER (WHERE mc.attempt > 1))::int AS retries,
        (count(*) FILTER (WHERE mc."errorClass" IS NOT NULL))::int AS errors, (count(*) FILTER (WHERE mc."cacheHit"))::int AS "cacheHits"
      FROM "ModelCall" mc WHERE mc."runId" = r.id) c ON TRUE
    WHERE ${Prisma.join(conditions(tenantId, f), " AND ")}
    ORDER BY r."createdAt" DESC, r.id DESC
    LIMIT ${f.limit + 1}`;
  const items = rows.slice(0, f.limit);
  const last = items.at(-1);
  return {
    runs: items.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    nextCursor: rows.length > f.limit && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null,
  };
}

/** Values the type and decision filters can take for this tenant. */
export async function runFacets(tenantId: string): Promise<{ docTypes: string[]; decisions: string[] }> {
  const rows = await db.$queryRaw<Array<{ facet: "docType" | "decision"; value: string }>>`
    SELECT DISTINCT 'docType' AS facet, "docType" AS value FROM "Run" WHERE "tenantId" = ${tenantId} AND "docType" IS NOT NULL
    UNION SELECT DISTINCT 'decision', decision FROM "Run" WHERE "tenantId" = ${tenantId} AND decision IS NOT NULL
    ORDER BY 1, 2 LIMIT 100`;
  return { docTypes: rows.filter((r) => r.facet === "docType").map((r) => r.value), decisions: rows.filter((r) => r.facet === "decision").map((r) => r.value) };
}
