import "server-only";
import { db } from "@/lib/db";
import { forgetPipelineSettings, pipelineSettings } from "@/lib/pipeline/load-settings";
import { SETTING_KEYS } from "@/lib/pipeline/pipeline-settings";
import { auditPrecision } from "@/lib/review/audit-precision";
import type { Actor } from "@/lib/review/claims";
import { queueCounts } from "@/lib/review/queue-list";
import type { QueueSummary } from "@/lib/review/queue-schemas";

// The queue page's header: counts per reason, the reviewer's own claims, and the measured
// auto-approve precision next to the audit sampling rate that produces the measurement.

export async function queueSummary(tenantId: string, userId: string): Promise<QueueSummary> {
  const [counts, precision, settings] = await Promise.all([queueCounts(tenantId, userId), auditPrecision(tenantId), pipelineSettings()]);
  return { counts, precision, auditSampleRate: settings.auditSampleRate };
}

/** Admins tune the share of auto-approved documents that are sampled for audit (pipeline setting). */
export async function setAuditSampleRate(actor: Actor, rate: number): Promise<{ auditSampleRate: number }> {
  await db.$transaction([
    db.setting.upsert({
      where: { key: SETTING_KEYS.auditSampleRate },
      create: { key: SETTING_KEYS.auditSampleRate, value: rate, updatedById: actor.userId },
      update: { value: rate, updatedById: actor.userId },
    }),
    db.auditEvent.create({
      data: {
        tenantId: actor.tenantId,
        actorId: actor.userId,
        action: "settings.changed",
        entityType: "setting",
        entityId: SETTING_KEYS.auditSampleRate,
        data: { value: rate },
        requestId: actor.requestId,
      },
    }),
  ]);
  forgetPipelineSettings();
  return { auditSampleRate: rate };
}
