import "server-only";
import { db } from "@/lib/db";

/** Headline numbers for the console's first page, scoped to one tenant. */
export async function overviewStats(tenantId: string) {
  const since = new Date(Date.now() - 24 * 3_600_000);
  const [byStatus, openReview, recent, spend] = await Promise.all([
    db.run.groupBy({ by: ["status"], where: { tenantId }, _count: { _all: true } }),
    db.reviewItem.count({ where: { tenantId, status: { in: ["open", "claimed"] } } }),
    db.run.count({ where: { tenantId, createdAt: { gte: since } } }),
    db.modelCall.aggregate({ where: { tenantId, createdAt: { gte: since } }, _sum: { costMicros: true } }),
  ]);
  return {
    runsByStatus: Object.fromEntries(byStatus.map((g) => [g.status, g._count._all])) as Record<string, number>,
    openReviewItems: openReview,
    runsLast24h: recent,
    spendLast24hMicros: spend._sum.costMicros ?? 0,
  };
}
