import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { inRanges, splitRange, type TimeRange } from "@/lib/spend/hours";
import { utc } from "@/lib/core/time";
import { rolledUntil } from "@/lib/spend/rollup";

// Recorded spend of one API token, one tenant or the whole installation over a range (budget usage):
// whole rolled-up hours from SpendHour, the rest summed from ModelCall.

export type SpendScope = { kind: "token"; id: string } | { kind: "tenant"; id: string } | { kind: "global" };

export async function scopedSpend(scope: SpendScope, range: TimeRange, mark?: Date | null): Promise<number> {
  const split = splitRange(range, mark === undefined ? await rolledUntil() : mark);
  const rolled =
    scope.kind === "token"
      ? Prisma.sql`sh."dim" = 'token' AND sh."key" = ${scope.id}`
      : scope.kind === "tenant"
        ? Prisma.sql`sh."dim" = 'total' AND sh."tenantId" = ${scope.id}`
        : Prisma.sql`sh."dim" = 'total'`;
  const live =
    scope.kind === "token" ? Prisma.sql`mc."apiTokenId" = ${scope.id}` : scope.kind === "tenant" ? Prisma.sql`mc."tenantId" = ${scope.id}` : Prisma.sql`TRUE`;
  const [row] = await db.$queryRaw<Array<{ micros: bigint }>>`
    SELECT (
      coalesce((SELECT sum(sh."costMicros") FROM "SpendHour" sh
                WHERE ${rolled} AND sh."hour" >= ${utc(split.rolled.from)} AND sh."hour" < ${utc(split.rolled.to)}), 0)
      + coalesce((SELECT sum(mc."costMicros") FROM "ModelCall" mc WHERE ${live} AND ${inRanges(Prisma.sql`mc."createdAt"`, split.live)}), 0)
    )::bigint AS micros`;
  return Number(row?.micros ?? 0);
}
