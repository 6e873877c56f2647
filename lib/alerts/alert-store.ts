import "server-only";
import { notFound } from "@/lib/core/errors";
import { db } from "@/lib/db";
import type { AlertKind, Prisma, SpendAlert } from "@/lib/generated/prisma/client";
import type { AlertJson } from "@/lib/alerts/alert-contract";

// SpendAlert rows. The dedupe key makes raising idempotent: however many instances (or ticks) see
// the same fact, the unique index lets exactly one insert through.

export interface AlertInput {
  kind: AlertKind;
  dedupeKey: string;
  tenantId: string | null;
  budgetId?: string;
  message: string;
  data?: Prisma.InputJsonObject;
  observedMicros?: number;
  baselineMicros?: number;
}

/** The new row, or null when an alert with this dedupe key already exists. */
export async function raiseAlert(input: AlertInput, delivery: "pending" | "skipped"): Promise<SpendAlert | null> {
  const [created] = await db.spendAlert.createManyAndReturn({
    data: [
      {
        kind: input.kind,
        dedupeKey: input.dedupeKey,
        tenantId: input.tenantId,
        budgetId: input.budgetId ?? null,
        message: input.message,
        data: input.data,
        observedMicros: input.observedMicros === undefined ? null : BigInt(input.observedMicros),
        baselineMicros: input.baselineMicros === undefined ? null : BigInt(input.baselineMicros),
        deliveryStatus: delivery,
      },
    ],
    skipDuplicates: true,
  });
  return created ?? null;
}

/** Alerts as the API and console show them (BigInt money as numbers). */
export function alertJson(a: SpendAlert): AlertJson {
  return {
    id: a.id,
    kind: a.kind,
    message: a.message,
    tenantId: a.tenantId,
    budgetId: a.budgetId,
    data: a.data,
    observedMicros: a.observedMicros === null ? null : Number(a.observedMicros),
    baselineMicros: a.baselineMicros === null ? null : Number(a.baselineMicros),
    createdAt: a.createdAt.toISOString(),
    acknowledgedAt: a.acknowledgedAt?.toISOString() ?? null,
    delivery: { status: a.deliveryStatus, attempts: a.deliveryAttempts, deliveredAt: a.deliveredAt?.toISOString() ?? null, error: a.deliveryError },
  };
}

/** A tenant's alerts and the installation-wide ones (global budget, breakers), newest first. */
export async function listAlerts(tenantId: string, options: { unacknowledgedOnly?: boolean; limit?: number } = {}): Promise<AlertJson[]> {
  const rows = await db.spendAlert.findMany({
    where: { OR: [{ tenantId }, { tenantId: null }], ...(options.unacknowledgedOnly ? { acknowledgedAt: null } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(options.limit ?? 50, 200),
  });
  return rows.map(alertJson);
}

/** Idempotent: acknowledging twice keeps the first acknowledgement. */
export async function acknowledgeAlert(tenantId: string, userId: string, id: string): Promise<AlertJson> {
  const where = { id, OR: [{ tenantId }, { tenantId: null }] };
  const found = await db.spendAlert.findFirst({ where });
  if (!found) throw notFound("Alert");
  if (!found.acknowledgedAt) await db.spendAlert.updateMany({ where: { id, acknowledgedAt: null }, data: { acknowledgedAt: new Date(), acknowledgedById: userId } });
  return alertJson(await db.spendAlert.findUniqueOrThrow({ where: { id } }));
}
