import { analyzeDocument } from "@/lib/local-engine/analyze-document";
import type { LabelledDocument } from "@/lib/eval/dataset";
import type { ExtractedField } from "@/lib/schemas/agent-outputs";
import type { DocTypeId } from "@/lib/schemas/document-types";

// What the evaluation needs from whatever processes a document: its type, its fields with
// confidences, and whether it went through without a human.

export type DocumentRun = { docType: DocTypeId; fields: ExtractedField[]; approved: boolean };
export type DocumentRunner = (doc: LabelledDocument) => Promise<DocumentRun>;

/** The local engine alone, with its own auto-approval rule. */
export const runWithLocalEngine: DocumentRunner = async (doc) => {
  const analysis = analyzeDocument(doc.text);
  return { docType: analysis.extraction.docType ?? analysis.classification.docType, fields: analysis.extraction.fields, approved: analysis.approval.approved };
};
