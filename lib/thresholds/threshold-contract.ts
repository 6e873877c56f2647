import { z } from "zod";
import { defineOperation, jsonBody, jsonResponse } from "@/lib/core/contract";
import { docTypeIdSchema } from "@/lib/schemas/document-types";

// Setting a document type's auto-approve threshold by the precision operators need: the request,
// and the choice with the trade-off curve it was made on.

export const targetPrecisionBodySchema = z
  .object({
    docType: docTypeIdSchema,
    targetPrecision: z.number().min(0.5).max(0.999).meta({ description: "Share of auto-approved documents that must be right, e.g. 0.99" }),
  })
  .strict()
  .meta({ id: "TargetPrecision" });
export type TargetPrecisionBody = z.infer<typeof targetPrecisionBodySchema>;

const curvePointSchema = z.object({
  threshold: z.number(),
  reviewRate: z.number().meta({ description: "Share of the type's documents that would go to review" }),
  observedPrecision: z.number().nullable().meta({ description: "Among checked documents at or above the threshold" }),
  precisionLow: z.number().meta({ description: "Lower confidence bound of auto-approve precision at this threshold" }),
  labelledAbove: z.number().int(),
});

export const thresholdChoiceSchema = z
  .object({
    docType: docTypeIdSchema,
    target: z.number(),
    basis: z.enum(["learned", "insufficient_data", "target_unreachable"]).meta({
      description: "learned: the history vouches for the target at `threshold`; insufficient_data: too few checked documents, the threshold in force is kept; target_unreachable: no threshold meets the target, every document is reviewed",
    }),
    previousThreshold: z.number(),
    threshold: z.number().meta({ description: "The threshold now in force" }),
    labelled: z.number().int().meta({ description: "Checked documents (reviews and audits) the choice was made on" }),
    errors: z.number().int().meta({ description: "Of those, the ones whose required fields needed a correction" }),
    curve: z.array(curvePointSchema),
  })
  .meta({ id: "ThresholdChoice" });
export type ThresholdChoiceView = z.infer<typeof thresholdChoiceSchema>;

export const thresholdOperations = {
  setTargetPrecision: defineOperation({
    method: "put",
    path: "/api/v1/admin/pipeline-settings/target-precision",
    operationId: "setTargetPrecision",
    tags: ["Admin: pipeline settings"],
    summary: "Set a document type's auto-approve threshold from a target precision",
    description:
      "Sieve chooses the lowest threshold whose auto-approve precision, bounded from below on the tenant's checked documents (reviews and audit samples), meets the target. With too little history the threshold in force is kept; it is never lowered without evidence. The change is audited.",
    access: "console-operator",
    requestBody: jsonBody(targetPrecisionBodySchema),
    responses: { "200": jsonResponse("The choice and its trade-off curve", thresholdChoiceSchema) },
    errors: [400],
  }),
};
