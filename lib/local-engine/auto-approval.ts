import type { ExtractedField } from "@/lib/schemas/agent-outputs";
import { documentTypes, requiredFields, type DocTypeId } from "@/lib/schemas/document-types";

// A document skips human review when the estimated probability that every required field is
// right — the product of their calibrated confidences — reaches its type's threshold. Pure:
// the pipeline calls it with whichever tier's extraction it kept.

export type ApprovalDecision = {
  approved: boolean;
  /** Estimated probability that all required fields are right. */
  jointConfidence: number;
  threshold: number;
  /** Required fields that are missing or pull the joint confidence under the threshold. */
  blockingFields: string[];
};

export function decideAutoApproval(
  docType: DocTypeId,
  fields: ExtractedField[],
  threshold: number = documentTypes[docType].autoApproveThreshold,
): ApprovalDecision {
  const byName = new Map(fields.map((f) => [f.name, f]));
  let joint = 1;
  const blockingFields: string[] = [];
  for (const name of requiredFields(docType)) {
    const field = byName.get(name);
    if (!field || field.value === null) {
      joint = 0;
      blockingFields.push(name);
      continue;
    }
    joint *= field.confidence;
    if (field.confidence < threshold) blockingFields.push(name);
  }
  return { approved: joint >= threshold, jointConfidence: joint, threshold, blockingFields };
}
