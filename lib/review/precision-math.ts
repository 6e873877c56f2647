// Auto-approve precision as measured by human audit samples: of the auto-approved documents a
// reviewer re-checked, the share that needed no change. Pure arithmetic, unit-tested.

export interface AuditSampleCounts {
  /** Approved by the reviewer with no field corrected: the auto-approval was right. */
  confirmed: number;
  /** Approved only after correcting at least one field. */
  corrected: number;
  /** Rejected by the reviewer. */
  rejected: number;
  /** Sampled but not yet reviewed. */
  pending: number;
}

export interface PrecisionSummary extends AuditSampleCounts {
  reviewed: number;
  /** confirmed / reviewed, or null before the first reviewed sample. */
  precision: number | null;
  /** 95 % Wilson score interval: honest about small samples, never outside [0, 1]. */
  interval: { low: number; high: number } | null;
}

export function wilsonInterval(successes: number, trials: number, z = 1.96): { low: number; high: number } | null {
  if (trials <= 0) return null;
  const p = successes / trials;
  const z2 = z * z;
  const centre = p + z2 / (2 * trials);
  const margin = z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  const denominator = 1 + z2 / trials;
  return { low: Math.max(0, (centre - margin) / denominator), high: Math.min(1, (centre + margin) / denominator) };
}

export function summarisePrecision(counts: AuditSampleCounts): PrecisionSummary {
  const reviewed = counts.confirmed + counts.corrected + counts.rejected;
  return {
    ...counts,
    reviewed,
    precision: reviewed ? counts.confirmed / reviewed : null,
    interval: wilsonInterval(counts.confirmed, reviewed),
  };
}
