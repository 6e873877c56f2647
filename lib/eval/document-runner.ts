import { z } from "zod";
import { decisionReasonSchema } from "@/lib/documents/run-contract";
import { analyzeDocument } from "@/lib/local-engine/analyze-document";
import type { LabelledDocument } from "@/lib/eval/dataset";
import type { ExtractedField } from "@/lib/schemas/agent-outputs";
import type { DocTypeId } from "@/lib/schemas/document-types";

// What the evaluation needs from whatever processes a document: its type, its fields with
// confidences, and whether it went through without a human.

/** reviewReasons: why the run was not approved, as "reason: fields" (pipeline runs only). */
export type DocumentRun = { docType: DocTypeId; fields: ExtractedField[]; approved: boolean; reviewReasons?: string[] };
export type DocumentRunner = (doc: LabelledDocument) => Promise<DocumentRun>;

/** A run's stored decision reasons as "low_confidence: vendor, total" keys, to count why documents went to review. */
export function reviewReasonKeys(decisionReasons: unknown): string[] {
  const parsed = z.array(decisionReasonSchema).safeParse(decisionReasons);
  return parsed.success ? parsed.data.map((r) => (r.fields.length > 0 ? `${r.reason}: ${r.fields.join(", ")}` : r.reason)) : [];
}

/** The local engine alone, with its own auto-approval rule. */
export const runWithLocalEngine: DocumentRunner = async (doc) => {
  const analysis = analyzeDocument(doc.text);
  return { docType: analysis.extraction.docType ?? analysis.classification.docType, fields: analysis.extraction.fields, approved: analysis.approval.approved };
};
