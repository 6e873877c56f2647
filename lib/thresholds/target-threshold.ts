import "server-only";
import type { UserActor } from "@/lib/core/actor";
import { audit } from "@/lib/core/audit";
import { db } from "@/lib/db";
import { forgetPipelineSettings, pipelineSettings } from "@/lib/pipeline/load-settings";
import { SETTING_KEYS } from "@/lib/pipeline/pipeline-settings";
import type { ThresholdChoiceView, TargetPrecisionBody } from "@/lib/thresholds/threshold-contract";
import { chooseThreshold, REVIEW_EVERYTHING } from "@/lib/thresholds/threshold-choice";

// An operator's target precision becomes a threshold: the choice is made on the tenant's labelled
// history (checked LabelRecords: reviews and audits, each with the confidence it was routed on and
// whether its required fields were right) against the confidences of the type's recent documents.
// Nothing learned keeps the threshold in force, so too little data never lowers it.

/** The recent documents a threshold will judge: enough to draw the review-rate curve. */
const POPULATION = 2000;

export async function setTargetPrecision(actor: UserActor, body: TargetPrecisionBody): Promise<ThresholdChoiceView> {
  const [labelled, population, settings] = await Promise.all([
    db.labelRecord.findMany({ where: { tenantId: actor.tenantId, docType: body.docType, checked: true }, select: { confidence: true, correct: true } }),
    db.run.findMany({
      where: { tenantId: actor.tenantId, docType: body.docType, confidence: { not: null }, status: { in: ["approved", "needs_review", "rejected"] } },
      orderBy: { createdAt: "desc" },
      take: POPULATION,
      select: { confidence: true },
    }),
    pipelineSettings(),
  ]);
  const choice = chooseThreshold(
    labelled.map((l) => ({ confidence: l.confidence, correct: l.correct === true })),
    population.map((r) => r.confidence!),
    body.targetPrecision,
  );
  const previousThreshold = settings.autoApproveThresholds[body.docType];
  const threshold = choice.basis === "learned" ? choice.threshold : choice.basis === "target_unreachable" ? REVIEW_EVERYTHING : previousThreshold;
  await db.$transaction(async (tx) => {
    if (threshold !== previousThreshold) {
      const key = SETTING_KEYS.autoApproveThresholds;
      const stored = await tx.setting.findUnique({ where: { key } });
      const value = { ...((stored?.value as Record<string, number> | null) ?? {}), [body.docType]: threshold };
      await tx.setting.upsert({ where: { key }, create: { key, value, updatedById: actor.userId }, update: { value, updatedById: actor.userId } });
    }
    await audit(tx, actor, "settings.target_precision", { type: "setting", id: SETTING_KEYS.autoApproveThresholds }, {
      docType: body.docType,
      target: body.targetPrecision,
      basis: choice.basis,
      labelled: choice.labelled,
      errors: choice.errors,
      from: previousThreshold,
      to: threshold,
    });
  });
  forgetPipelineSettings();
  return { docType: body.docType, target: body.targetPrecision, basis: choice.basis, previousThreshold, threshold, labelled: choice.labelled, errors: choice.errors, curve: choice.curve };
}
