import { decideAutoApproval, type ApprovalDecision } from "@/lib/local-engine/auto-approval";
import { calibrate } from "@/lib/local-engine/calibration";
import { splitLines } from "@/lib/local-engine/document-lines";
import type { EngineParams } from "@/lib/local-engine/model-params";
import { extractWithHandOff, runSpecialist } from "@/lib/local-engine/specialists";
import { summariseDocument } from "@/lib/local-engine/summarise-document";
import { classifyBySignals, FITTED_TYPE_PARAMS, type TypeParams } from "@/lib/local-engine/type-classifier";
import { documentTypeSignals } from "@/lib/local-engine/type-cues";
import type { ClassificationOutput, ExtractionOutput, SummarisationOutput } from "@/lib/schemas/agent-outputs";
import { documentTypes, type DocTypeId } from "@/lib/schemas/document-types";

// The local engine's direct API: the three agents' outputs for one document text, computed
// offline at zero cost, plus the auto-approval decision on the extracted fields. The fitted type
// classifier picks a type, that type's specialist extracts (handing the document back once when
// it is not its kind), and classification reports the type the fields were extracted as.

export type AnalyzeOptions = {
  /** Skip classification's guess and extract this type's fields (no hand-off). */
  docType?: DocTypeId;
  /** "Today" for judging implausible future dates; defaults to now. */
  referenceDate?: Date;
  /** Receipt (and generic) specialist parameters. */
  params?: EngineParams;
  invoiceParams?: EngineParams;
  typeParams?: TypeParams;
};

export type DocumentAnalysis = {
  classification: ClassificationOutput;
  extraction: ExtractionOutput;
  summary: SummarisationOutput;
  approval: ApprovalDecision;
};

export function analyzeDocument(text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const signals = documentTypeSignals(text);
  const typeParams = options.typeParams ?? FITTED_TYPE_PARAMS;
  const typed = classifyBySignals(signals, typeParams);
  const specialistOptions = { referenceDate: options.referenceDate, receiptParams: options.params, invoiceParams: options.invoiceParams };
  const { result, handOffs } = options.docType
    ? { result: runSpecialist(options.docType, text, signals, specialistOptions), handOffs: [] }
    : extractWithHandOff(typed.docType, text, signals, specialistOptions);
  const docType = result.docType;
  const handOff = handOffs[0];
  // A hand-off overrules the classifier: the type is the one the fields were extracted as, with
  // the classifier's (low) calibrated probability for it.
  const classification: ClassificationOutput = handOff
    ? {
        docType,
        confidence: Math.round(calibrate(typed.probabilities[docType], typeParams.calibration) * 1000) / 1000,
        routingTarget: documentTypes[docType].routingTarget,
        rationale: `${documentTypes[docType].label}: the ${handOff.from} specialist handed it over (${handOff.reason}).`,
      }
    : { docType: typed.docType, confidence: typed.confidence, routingTarget: typed.routingTarget, rationale: typed.rationale };
  const fields = result.fields;
  return {
    classification,
    extraction: {
      docType,
      fields,
      ...(result.lineItems.length > 0 ? { lineItems: result.lineItems } : {}),
      ...(handOffs.length > 0 ? { handOffs: handOffs.map((h) => ({ from: h.from, to: h.suggestedType, reason: h.reason })) } : {}),
    },
    summary: summariseDocument(text, splitLines(text), docType, fields),
    approval: decideAutoApproval(docType, fields),
  };
}
