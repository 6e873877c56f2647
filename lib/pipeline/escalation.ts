import { decideAutoApproval } from "@/lib/local-engine/auto-approval";
import type { ClassificationOutput, ExtractionOutput, SummarisationOutput } from "@/lib/schemas/agent-outputs";
import type { ValidationResult } from "@/lib/agents/validation";
import type { DocTypeId } from "@/lib/schemas/document-types";

// When a local answer is not good enough and the LLM should try (the cascade). Each returns the
// reason recorded on the AgentStep, or null to keep the local answer. Pure.

export function extractionShortfall(output: ExtractionOutput, docType: DocTypeId, threshold: number): string | null {
  const { jointConfidence, blockingFields } = decideAutoApproval(docType, output.fields, threshold);
  if (jointConfidence >= threshold) return null;
  return `low_confidence: joint ${jointConfidence.toFixed(3)} < ${threshold}${blockingFields.length ? ` (${blockingFields.join(", ")})` : ""}`;
}

export function classificationShortfall(output: ClassificationOutput, threshold: number): string | null {
  return output.confidence < threshold ? `low_confidence: ${output.docType} at ${output.confidence.toFixed(3)} < ${threshold}` : null;
}

export function summarisationShortfall(output: SummarisationOutput, threshold: number): string | null {
  if (output.summary.trim() === "") return "empty summary";
  return output.confidence < threshold ? `low_confidence: ${output.confidence.toFixed(3)} < ${threshold}` : null;
}

// Re-extraction can fix wrong or invented values; it cannot fix a hostile document or a
// doubtful line-item layout, so those do not escalate.
const NOT_FIXED_BY_REEXTRACTION = new Set(["prompt_injection", "line_items_sum_to_subtotal", "line_items_in_document", "model_review"]);

/** After validation: the local extraction broke rules an LLM extraction might satisfy. */
export function validationShortfall(result: ValidationResult): string | null {
  const rules = [...new Set(result.findings.filter((f) => f.severity === "error" && !NOT_FIXED_BY_REEXTRACTION.has(f.rule)).map((f) => f.rule))];
  return rules.length > 0 ? `validation_failed: ${rules.join(", ")}` : null;
}
