import { decideAutoApproval, type ApprovalDecision } from "@/lib/local-engine/auto-approval";
import { classifyDocument } from "@/lib/local-engine/classify-document";
import { buildContext, extractFields } from "@/lib/local-engine/field-extraction";
import { FITTED_PARAMS, type EngineParams } from "@/lib/local-engine/model-params";
import { summariseDocument } from "@/lib/local-engine/summarise-document";
import type { ClassificationOutput, ExtractionOutput, SummarisationOutput } from "@/lib/schemas/agent-outputs";
import type { DocTypeId } from "@/lib/schemas/document-types";

// The local engine's direct API: the three agents' outputs for one document text, computed
// offline at zero cost, plus the auto-approval decision on the extracted fields.

export type AnalyzeOptions = {
  /** Skip classification's guess and extract this type's fields. */
  docType?: DocTypeId;
  /** "Today" for judging implausible future dates; defaults to now. */
  referenceDate?: Date;
  params?: EngineParams;
};

export type DocumentAnalysis = {
  classification: ClassificationOutput;
  extraction: ExtractionOutput;
  summary: SummarisationOutput;
  approval: ApprovalDecision;
};

export function analyzeDocument(text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const ctx = buildContext(text, options.referenceDate);
  const classification = classifyDocument(ctx.lines, ctx.amounts);
  const docType = options.docType ?? classification.docType;
  const { fields, lineItems } = extractFields(ctx, docType, options.params ?? FITTED_PARAMS);
  return {
    classification,
    extraction: { docType, fields, ...(lineItems.length > 0 ? { lineItems } : {}) },
    summary: summariseDocument(text, ctx.lines, docType, fields),
    approval: decideAutoApproval(docType, fields),
  };
}
