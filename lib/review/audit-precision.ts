import "server-only";
import { db } from "@/lib/db";
import { summarisePrecision, type PrecisionSummary } from "@/lib/review/precision-math";

// Auto-approve precision measured in production: the pipeline sends a random share of the
// documents it auto-approved to the queue as audit samples; reviewers' verdicts on them are the
// ground truth. A sample counts as right only if the reviewer approved it without correcting a field.

export interface AuditPrecision extends PrecisionSummary {
  windowDays: number;
}

export async function auditPrecision(tenantId: string, windowDays = 30, now = new Date()): Promise<AuditPrecision> {
  const since = new Date(now.getTime() - windowDays * 86_400_000);
  const [resolved, pending] = await Promise.all([
    db.$queryRaw<{ resolution: "approved" | "rejected" | null; corrected: boolean; n: bigint }[]>`
      SELECT r."resolution" AS resolution,
             EXISTS (SELECT 1 FROM "FieldValue" f WHERE f."runId" = r."runId" AND f."correctedValue" IS NOT NULL) AS corrected,
             count(*) AS n
      FROM "ReviewItem" r
      WHERE r."tenantId" = ${tenantId} AND r."reason" = 'audit_sample' AND r."status" = 'resolved' AND r."resolvedAt" >= ${since}
      GROUP BY 1, 2`,
    db.reviewItem.count({ where: { tenantId, reason: "audit_sample", status: { not: "resolved" } } }),
  ]);
  const count = (match: (row: (typeof resolved)[number]) => boolean) => resolved.filter(match).reduce((sum, row) => sum + Number(row.n), 0);
  return {
    windowDays,
    ...summarisePrecision({
      confirmed: count((r) => r.resolution === "approved" && !r.corrected),
      corrected: count((r) => r.resolution === "approved" && r.corrected),
      rejected: count((r) => r.resolution === "rejected"),
      pending,
    }),
  };
}
