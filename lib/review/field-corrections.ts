import "server-only";
import type { UserActor } from "@/lib/core/actor";
import { audit } from "@/lib/core/audit";
import { AppError, notFound } from "@/lib/core/errors";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { claimExpiry, refusal } from "@/lib/review/claim-rules";
import { checkCorrection, fieldLabel } from "@/lib/review/correction-check";
import { toReviewField } from "@/lib/review/review-document";

// A reviewer's correction is stored beside the extracted value (never over it) and guarded by the
// field's version: an edit made against a version someone else has since changed is refused, so
// no reviewer's work is silently overwritten.

/**
 * Holds the actor's claim on an unresolved item of the run for the rest of the transaction (the
 * UPDATE's row lock stops a takeover until commit) and extends it; explains the refusal otherwise.
 */
export async function holdClaim(tx: Prisma.TransactionClient, actor: UserActor, runId: string, now: Date): Promise<string> {
  const mine = await tx.reviewItem.findFirst({
    where: { tenantId: actor.tenantId, runId, status: "claimed", assigneeId: actor.userId },
    select: { id: true },
  });
  const held = mine
    ? await tx.reviewItem.updateMany({
        where: { id: mine.id, status: "claimed", assigneeId: actor.userId },
        data: { claimExpiresAt: claimExpiry(now, env().SIEVE_REVIEW_CLAIM_TTL_SECONDS) },
      })
    : { count: 0 };
  if (mine && held.count === 1) return mine.id;
  const item = await tx.reviewItem.findFirst({
    where: { tenantId: actor.tenantId, runId },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    include: { assignee: { select: { name: true } }, resolvedBy: { select: { name: true } } },
  });
  if (!item) throw new AppError("invalid_state", "This document is not in the review queue, so it cannot be changed here");
  throw refusal({ ...item, assigneeName: item.assignee?.name, resolvedByName: item.resolvedBy?.name }, actor.userId, now, "act");
}

export async function correctField(actor: UserActor, fieldId: string, body: { value: string; version: number }, now = new Date()) {
  const field = await db.fieldValue.findFirst({
    where: { id: fieldId, document: { tenantId: actor.tenantId } },
    include: { run: { select: { docType: true } }, document: { select: { docType: true } } },
  });
  if (!field) throw notFound("Field");
  const docType = field.run.docType ?? field.document.docType;
  const check = checkCorrection(docType, field.name, body.value);
  if (!check.ok) throw new AppError("invalid_request", check.message, { field: field.name });

  if (check.value === (field.correctedValue ?? field.value) && body.version === field.version) {
    const by = field.correctedById ? await db.user.findUnique({ where: { id: field.correctedById }, select: { name: true } }) : null;
    return toReviewField(field, docType, by?.name ?? null);
  }

  return db.$transaction(async (tx) => {
    await holdClaim(tx, actor, field.runId, now);
    // Typing the extracted value back in removes the correction rather than recording a copy.
    const correctedValue = check.value === field.value ? null : check.value;
    const updated = await tx.fieldValue.updateMany({
      where: { id: fieldId, version: body.version },
      data: {
        correctedValue,
        correctedById: correctedValue === null ? null : actor.userId,
        correctedAt: correctedValue === null ? null : now,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) throw await staleEdit(tx, fieldId, body, docType);
    const current = field.correctedValue ?? field.value;
    await audit(tx, actor, "field.corrected", { type: "field_value", id: fieldId, documentId: field.documentId, runId: field.runId }, { field: field.name, label: fieldLabel(docType, field.name), from: current, to: check.value, extracted: field.value, version: body.version + 1 });
    const saved = await tx.fieldValue.findUniqueOrThrow({ where: { id: fieldId } });
    const by = saved.correctedById ? await tx.user.findUnique({ where: { id: saved.correctedById }, select: { name: true } }) : null;
    return toReviewField(saved, docType, by?.name ?? null);
  });
}

async function staleEdit(tx: Prisma.TransactionClient, fieldId: string, body: { value: string; version: number }, docType: string | null) {
  const now = await tx.fieldValue.findUniqueOrThrow({
    where: { id: fieldId },
    select: { name: true, value: true, correctedValue: true, version: true, correctedAt: true, correctedById: true },
  });
  const by = now.correctedById ? (await tx.user.findUnique({ where: { id: now.correctedById }, select: { name: true } }))?.name : null;
  const current = now.correctedValue ?? now.value;
  return new AppError(
    "stale_version",
    `${fieldLabel(docType, now.name)} was changed${by ? ` by ${by}` : ""} after you opened it (it is now "${current ?? "empty"}"). ` +
      `Your value "${body.value}" was not saved; check theirs and edit again if needed.`,
    { field: now.name, currentValue: current, currentVersion: now.version, yourVersion: body.version },
  );
}
