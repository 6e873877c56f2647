import "server-only";
import { pipelineSettings } from "@/lib/pipeline/load-settings";
import { updatePipelineSettings } from "@/lib/pipeline/settings-admin";
import { auditPrecision } from "@/lib/review/audit-precision";
import type { UserActor } from "@/lib/core/actor";
import { queueCounts } from "@/lib/review/queue-list";
import type { QueueSummary } from "@/lib/review/queue-contract";

// The queue page's header: counts per reason, the reviewer's own claims, and the measured
// auto-approve precision next to the audit sampling rate that produces the measurement.

export async function queueSummary(tenantId: string, userId: string): Promise<QueueSummary> {
  const [counts, precision, settings] = await Promise.all([queueCounts(tenantId, userId), auditPrecision(tenantId), pipelineSettings()]);
  return { counts, precision, auditSampleRate: settings.auditSampleRate };
}

/** Operators tune the share of auto-approved documents that are sampled for audit (a pipeline setting). */
export async function setAuditSampleRate(actor: UserActor, rate: number): Promise<{ auditSampleRate: number }> {
  const { settings } = await updatePipelineSettings(actor, { auditSampleRate: rate });
  return { auditSampleRate: settings.auditSampleRate };
}
