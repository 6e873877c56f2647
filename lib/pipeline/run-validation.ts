import "server-only";
import { z } from "zod";
import { reviewWithModel, validateDocument, type ValidationResult } from "@/lib/agents/validation";
import { modelFor } from "@/lib/gateway/agent-model";
import { formatCents, parseAmountCents } from "@/lib/local-engine/amounts";
import { describeError, finishStep, startStep } from "@/lib/pipeline/agent-steps";
import { budgetRefusal } from "@/lib/pipeline/approval-gates";
import { agentTiers, escalate, type AgentResult } from "@/lib/pipeline/cascade";
import { documentConfidence } from "@/lib/agents/confidence";
import { validationShortfall } from "@/lib/pipeline/escalation";
import { adoptEmbeddedInvoice, E_INVOICE_FLAG, weighByEmbeddedInvoice } from "@/lib/pipeline/e-invoice-agreement";
import { combineFieldConfidence, weighByAgreement, weighByReading } from "@/lib/pipeline/field-confidence";
import { extractionSpec, type FirstPhase } from "@/lib/pipeline/run-agents";
import { callContext, settledStep, type RunExecution } from "@/lib/pipeline/run-execution";
import type { ExtractionOutput } from "@/lib/schemas/agent-outputs";
import { validationFindingSchema, type ValidationFinding } from "@/lib/schemas/business-rules";
import { documentTypes, type DocTypeId } from "@/lib/schemas/document-types";
import { isVendorField } from "@/lib/vendors/vendor-fields";
import { applyKnownVendor } from "@/lib/vendors/vendor-store";

// Validation runs on what the first agents produced: rules, grounding, injection scan, and the
// model review when validation is configured with an LLM. When the local extraction breaks rules
// and an LLM is configured, extraction escalates and validation runs again on the new answer.

export interface Answer {
  questionId: string;
  field: string;
  value: string;
}

const INVOICE_FIELD_NAMES: ReadonlySet<string> = new Set(Object.keys(documentTypes.invoice.fields.shape));

const storedReviewSchema = z.object({ modelReview: z.object({ findings: z.array(validationFindingSchema), confidence: z.number() }).nullable() });

function normaliseAnswer(field: string, answer: string): string {
  const cents = ["total", "subtotal", "tax"].includes(field) ? parseAmountCents(answer) : null;
  return cents === null ? answer.trim() : formatCents(cents);
}

/** Answered questions of this run, each tied to the field its validation step asked about. */
export function answersOf(exec: RunExecution, questions: Array<{ id: string; agentStepId: string | null; answer: string | null }>): Answer[] {
  return questions.flatMap((q) => {
    const step = exec.previousSteps.find((s) => s.id === q.agentStepId);
    const field = (step?.output as { question?: { field?: string } } | null)?.question?.field;
    return q.answer !== null && field ? [{ questionId: q.id, field, value: normaliseAnswer(field, q.answer) }] : [];
  });
}

async function validateOnce(exec: RunExecution, docType: DocTypeId, extraction: ExtractionOutput, answers: Answer[]) {
  const { primary } = agentTiers("validation");
  const step = startStep(exec, "validation", primary, { docType, answers: answers.map(({ field, value }) => ({ field, value })) });
  let modelReview: { findings: ValidationFinding[]; confidence: number } | null = null;
  const notes: ValidationFinding[] = [];
  if (primary === "llm") {
    // A resumed run keeps the review it already paid for; answers are applied by the rules.
    const previous = settledStep(exec, "validation");
    modelReview = previous ? (storedReviewSchema.safeParse(previous.output).data?.modelReview ?? null) : null;
    if (!modelReview) {
      try {
        modelReview = await reviewWithModel(modelFor(callContext(exec, "validation", step.id, "llm")), { text: exec.text, docType, fields: extraction.fields }, { abortSignal: exec.signal });
      } catch (error) {
        if (exec.signal.aborted) throw error;
        exec.budgetRefusal ??= budgetRefusal(error, "validation review");
        notes.push({ rule: "model_review", severity: "warning", fields: [], message: `Model review unavailable (${describeError(error)}); rules only` });
      }
    }
  }
  // A hybrid PDF's own XML is read only as an invoice: its fields are the invoice schema's.
  const embeddedInvoice = docType === "invoice" ? exec.reading?.embeddedInvoice : undefined;
  const validated = validateDocument({
    text: exec.text,
    docType,
    fields: adoptEmbeddedInvoice(extraction.fields, embeddedInvoice, exec.text, INVOICE_FIELD_NAMES),
    lineItems: extraction.lineItems ?? [],
    answers,
    modelFindings: [...(modelReview?.findings ?? []), ...notes],
    referenceDate: exec.run.createdAt,
    questionBelow: exec.settings.autoApproveThresholds[docType],
  });
  const weighed = weighByReading(weighByAgreement(docType, validated.fields, validated.lineItems), exec.reading);
  const result = { ...validated, fields: weighByEmbeddedInvoice(weighed, embeddedInvoice) };
  const decision = result.question ? "question" : result.passed ? "passed" : "failed";
  finishStep(exec, step, {
    status: "succeeded",
    output: { ...result, modelReview },
    confidence: documentConfidence(docType, result.fields).confidence,
    decision,
    result: { passed: result.passed, findings: result.findings.length },
  });
  return { result, stepId: step.id };
}

export async function runValidationPhase(
  exec: RunExecution,
  first: FirstPhase,
  docType: DocTypeId,
  answers: Answer[],
): Promise<{ result: ValidationResult; stepId: string; extraction: AgentResult<ExtractionOutput> }> {
  let extraction = first.extraction;
  const empty: ExtractionOutput = { fields: [], lineItems: [] };
  let { result, stepId } = await validateOnce(exec, docType, extraction.ok ? extraction.output : empty, answers);

  const reason = validationShortfall(result);
  const triedLlm = exec.previousSteps.some((s) => s.agent === "extraction" && s.tier === "llm");
  if (reason && extraction.ok && extraction.tier === "local" && !triedLlm && agentTiers("extraction").canEscalate) {
    const escalated = await escalate(exec, extractionSpec(exec, async () => docType), extraction, reason);
    if (escalated.ok && escalated.tier === "llm") {
      extraction = escalated;
      ({ result, stepId } = await validateOnce(exec, docType, escalated.output, answers));
    }
  }
  // Vendor memory on the validated fields: a known vendor's damaged name snapped to its spelling,
  // and the vendor signal on the issuer's fields (an unknown vendor's name discounted unless the
  // local engine read it: its calibration was measured on vendors it had not seen).
  const settled = new Set(result.fields.filter((f) => f.flags.includes(E_INVOICE_FLAG)).map((f) => f.name));
  const calibratedOnUnseenVendors = !extraction.ok || extraction.tier === "local";
  const vendor = await applyKnownVendor({ id: exec.run.id, tenantId: exec.run.tenantId, documentId: exec.document.id }, exec.text, result.fields, settled, { calibratedOnUnseenVendors });
  result = {
    ...result,
    fields: vendor.fields.map((f) => (isVendorField(f.name) && !settled.has(f.name) ? { ...f, confidence: combineFieldConfidence({ engine: f.confidence, vendor: vendor.signal }) } : f)),
  };
  for (const finding of result.findings) void exec.events.emit("finding", finding);
  for (const f of result.fields) {
    void exec.events.emit("field", { name: f.name, value: f.value, confidence: f.confidence, source: f.source, flags: f.flags, tier: extraction.ok ? extraction.tier : "local", stage: "validated" });
  }
  return { result, stepId, extraction };
}
