import { Prisma } from "@/lib/generated/prisma/client";
import { inRanges, type RangeSplit } from "@/lib/spend/hours";
import { utc } from "@/lib/core/time";

// The hourly facts behind every spend figure: one row per hour × tenant × dimension value, with the
// same columns whether it comes from the SpendHour rollup or straight from ModelCall.

export const SPEND_DIMS = ["total", "model", "agent", "docType", "token"] as const;
export type SpendDim = (typeof SPEND_DIMS)[number];

/** Measures, in the order both sources produce them. */
const MEASURES = Prisma.raw(`"calls", "costMicros", "inputTokens", "outputTokens", "cacheHits", "hitInputTokens", "hitOutputTokens", "retries", "retryCostMicros", "errors"`);

/**
 * ModelCall rows aggregated per hour and tenant, once for the total and once per dimension
 * (GROUPING SETS: one scan). Document type comes from the call's run, as known when this runs.
 */
export function hourlyFromCalls(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT date_trunc('hour', mc."createdAt") AS "hour", mc."tenantId",
      CASE WHEN GROUPING(mc.model) = 0 THEN 'model' WHEN GROUPING(mc.agent) = 0 THEN 'agent'
           WHEN GROUPING(r."docType") = 0 THEN 'docType' WHEN GROUPING(mc."apiTokenId") = 0 THEN 'token' ELSE 'total' END AS "dim",
      CASE WHEN GROUPING(mc.model) = 0 THEN mc.model WHEN GROUPING(mc.agent) = 0 THEN mc.agent
           WHEN GROUPING(r."docType") = 0 THEN r."docType" WHEN GROUPING(mc."apiTokenId") = 0 THEN mc."apiTokenId" END AS "key",
      CASE WHEN GROUPING(mc.provider) = 0 THEN mc.provider ELSE '' END AS "provider",
      count(*)::int AS "calls",
      sum(mc."costMicros")::bigint AS "costMicros",
      sum(mc."inputTokens")::bigint AS "inputTokens",
      sum(mc."outputTokens")::bigint AS "outputTokens",
      (count(*) FILTER (WHERE mc."cacheHit"))::int AS "cacheHits",
      coalesce(sum(mc."inputTokens") FILTER (WHERE mc."cacheHit"), 0)::bigint AS "hitInputTokens",
      coalesce(sum(mc."outputTokens") FILTER (WHERE mc."cacheHit"), 0)::bigint AS "hitOutputTokens",
      (count(*) FILTER (WHERE mc.attempt > 1))::int AS "retries",
      coalesce(sum(mc."costMicros") FILTER (WHERE mc.attempt > 1), 0)::bigint AS "retryCostMicros",
      (count(*) FILTER (WHERE mc."errorClass" IS NOT NULL))::int AS "errors"
    FROM "ModelCall" mc LEFT JOIN "Run" r ON r.id = mc."runId"
    WHERE ${where}
    GROUP BY GROUPING SETS ((1, 2), (1, 2, mc.provider, mc.model), (1, 2, mc.agent), (1, 2, r."docType"), (1, 2, mc."apiTokenId"))`;
}

export interface FactsScope {
  /** One tenant, or every tenant (installation-wide figures) when undefined. */
  tenantId?: string;
  /** Only these dimensions (the rollup is filtered; ModelCall is aggregated for all of them). */
  dims?: readonly SpendDim[];
}

/** A subquery with columns hour, tenantId, dim, key, provider and the measures, over a split range. */
export function spendFacts(split: RangeSplit, scope: FactsScope): Prisma.Sql {
  const tenantRollup = scope.tenantId === undefined ? Prisma.sql`TRUE` : Prisma.sql`sh."tenantId" = ${scope.tenantId}`;
  const tenantLive = scope.tenantId === undefined ? Prisma.sql`TRUE` : Prisma.sql`mc."tenantId" = ${scope.tenantId}`;
  const dims = scope.dims ?? SPEND_DIMS;
  const dimIn = (alias: string) => Prisma.sql`${Prisma.raw(alias)}."dim" IN (${Prisma.join([...dims])})`;
  const parts: Prisma.Sql[] = [];
  if (split.rolled.from.getTime() < split.rolled.to.getTime()) {
    parts.push(Prisma.sql`
      SELECT sh."hour", sh."tenantId", sh."dim", sh."key", sh."provider", ${MEASURES} FROM "SpendHour" sh
      WHERE ${tenantRollup} AND ${dimIn("sh")} AND sh."hour" >= ${utc(split.rolled.from)} AND sh."hour" < ${utc(split.rolled.to)}`);
  }
  if (split.live.length > 0) {
    parts.push(Prisma.sql`
      SELECT "hour", "tenantId", "dim", "key", "provider", ${MEASURES}
      FROM (${hourlyFromCalls(Prisma.sql`${tenantLive} AND ${inRanges(Prisma.sql`mc."createdAt"`, split.live)}`)}) live
      WHERE ${dimIn("live")}`);
  }
  if (parts.length === 0) {
    return Prisma.sql`SELECT NULL::timestamp AS "hour", NULL::text AS "tenantId", NULL::text AS "dim", NULL::text AS "key", ''::text AS "provider",
      0 AS "calls", 0::bigint AS "costMicros", 0::bigint AS "inputTokens", 0::bigint AS "outputTokens", 0 AS "cacheHits",
      0::bigint AS "hitInputTokens", 0::bigint AS "hitOutputTokens", 0 AS "retries", 0::bigint AS "retryCostMicros", 0 AS "errors" WHERE FALSE`;
  }
  return Prisma.join(parts, " UNION ALL ");
}
