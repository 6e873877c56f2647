import type { AgentName } from "@/lib/gateway/call-context";
import type { ReviewReason } from "@/lib/generated/prisma/enums";
import type { InjectionScan } from "@/lib/agents/prompt-injection";
import { documentConfidence, type AssessedField } from "@/lib/agents/confidence";
import { budgetExhaustedDetail, fieldsWithoutEvidence, typeDoubt, type BudgetState } from "@/lib/pipeline/approval-gates";
import type { PipelineSettings } from "@/lib/pipeline/pipeline-settings";
import type { ValidationFinding } from "@/lib/schemas/business-rules";
import { requiredFields, type DocTypeId } from "@/lib/schemas/document-types";

// The routing decision: auto-approve, human review (with every reason that applies), or a
// clarifying question. Pure, so each branch is pinned by a unit test; nothing a model writes can
// reach "approved" except through validated, grounded numbers clearing the threshold.

/** An optional field this unlikely to be right takes the blame for the finding it is part of. */
export const BLAMED_BELOW = 0.2;

export type RouteOutcome = "approved" | "needs_review" | "waiting_for_answer";

export interface RouteReason {
  reason: ReviewReason;
  detail: string;
  fields: string[];
}

export interface RouteDecision {
  outcome: RouteOutcome;
  confidence: number;
  threshold: number;
  /** Most urgent first; empty when approved. */
  reasons: RouteReason[];
  /** Queue priority of the ReviewItem (higher first). */
  priority: number;
  /** Approved, and drawn for a random audit review. */
  auditSample: boolean;
}

export const REASON_PRIORITY: Record<ReviewReason, number> = {
  prompt_injection: 90,
  suspected_hallucination: 80,
  agent_failed: 70,
  budget_exhausted: 65,
  validation_failed: 60,
  open_question: 50,
  low_confidence: 40,
  audit_sample: 10,
};

export interface RouteInput {
  docType: DocTypeId;
  /** null when classification failed. */
  classificationConfidence: number | null;
  /** What the text prints that only financial documents print (financialEvidence of the local engine). */
  financialEvidence: string[];
  /** Specialist hand-offs ("receipt → invoice: reason"). */
  handOffs: string[];
  /** The model call a budget refused, if one did. */
  budget: BudgetState | null;
  fields: AssessedField[];
  findings: ValidationFinding[];
  injection: InjectionScan;
  /** A question validation wants answered before deciding (already-answered ones are applied to fields). */
  question: { prompt: string; field: string } | null;
  /** Agents without a usable result (their failure is recorded on their AgentStep). */
  failedAgents: AgentName[];
  settings: PipelineSettings;
  /** Uniform draw in [0, 1) for audit sampling; injected so tests are deterministic. */
  auditDraw: number;
}

export function decideRoute(input: RouteInput): RouteDecision {
  const threshold = input.settings.autoApproveThresholds[input.docType];
  const { confidence, weakFields } = documentConfidence(input.docType, input.fields, threshold);
  const reasons: RouteReason[] = [];
  const add = (reason: ReviewReason, detail: string, fields: string[] = []) => reasons.push({ reason, detail, fields });

  if (input.injection.detected) {
    add("prompt_injection", `The document contains text addressed to the model: "${input.injection.matches[0]!.text}"`);
  }
  const invented = input.fields.filter((f) => f.flags.includes("not_in_document"));
  if (invented.length > 0) add("suspected_hallucination", "Values not found in the document text", invented.map((f) => f.name));
  const blocking = input.failedAgents.filter((a) => a !== "summarisation");
  if (blocking.length > 0) add("agent_failed", `No usable result from ${blocking.join(", ")}`);
  const errors = input.findings.filter((f) => f.severity === "error" && !explainedByOptionalField(f, input));
  if (errors.length > 0) add("validation_failed", errors.map((f) => f.message).join("; "), [...new Set(errors.flatMap((f) => f.fields))]);
  if (input.budget) add("budget_exhausted", budgetExhaustedDetail(input.budget));
  const doubt = typeDoubt(
    { docType: input.docType, confidence: input.classificationConfidence, financialEvidence: input.financialEvidence, handOffs: input.handOffs },
    input.settings.classificationThreshold,
  );
  if (doubt) add("low_confidence", doubt);
  // An answer the uploader gave is its own evidence; any other required value must point at the text.
  const unevidenced = fieldsWithoutEvidence(input.fields.filter((f) => !f.flags.includes("answered")), requiredFields(input.docType));
  if (unevidenced.length > 0) add("low_confidence", `No place in the document supports ${unevidenced.join(", ")}`, unevidenced);
  if (confidence < threshold) add("low_confidence", `Confidence ${confidence.toFixed(3)} is below ${threshold}`, weakFields);

  // A question only helps when answering it is all that stands between the document and a
  // decision; never ask when the document may be hostile or invented (the uploader could steer it).
  const askable = !reasons.some((r) => ["prompt_injection", "suspected_hallucination", "agent_failed", "budget_exhausted"].includes(r.reason));
  if (input.question && askable) {
    return { outcome: "waiting_for_answer", confidence, threshold, reasons: [{ reason: "open_question", detail: input.question.prompt, fields: [input.question.field] }], priority: REASON_PRIORITY.open_question, auditSample: false };
  }
  if (reasons.length > 0) {
    reasons.sort((a, b) => REASON_PRIORITY[b.reason] - REASON_PRIORITY[a.reason]);
    return { outcome: "needs_review", confidence, threshold, reasons, priority: REASON_PRIORITY[reasons[0]!.reason], auditSample: false };
  }
  const auditSample = input.auditDraw < input.settings.auditSampleRate;
  return { outcome: "approved", confidence, threshold, reasons: [], priority: auditSample ? REASON_PRIORITY.audit_sample : 0, auditSample };
}

/**
 * An error whose doubt validation pinned on an optional field (e.g. a misread tax line), while every
 * required field it names still clears the document threshold: the optional field is flagged and
 * nearly worthless, but the document's required values are not in question.
 */
function explainedByOptionalField(finding: ValidationFinding, input: RouteInput): boolean {
  const required = new Set<string>(requiredFields(input.docType));
  const named = input.fields.filter((f) => finding.fields.includes(f.name));
  const optional = named.filter((f) => !required.has(f.name));
  const threshold = input.settings.autoApproveThresholds[input.docType];
  return (
    optional.some((f) => f.confidence < BLAMED_BELOW) &&
    named.filter((f) => required.has(f.name)).every((f) => f.confidence >= threshold)
  );
}

/** When a review of this priority is due. */
export function slaDueAt(priority: number, settings: PipelineSettings, now: Date): Date {
  const hours = priority >= REASON_PRIORITY.suspected_hallucination ? settings.slaHours.high : priority >= REASON_PRIORITY.low_confidence ? settings.slaHours.normal : settings.slaHours.low;
  return new Date(now.getTime() + hours * 3_600_000);
}
