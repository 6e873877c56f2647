import { decideAutoApproval } from "@/lib/local-engine/auto-approval";
import type { Grounding } from "@/lib/agents/grounding";
import type { FieldEvidence } from "@/lib/ingest/reading-schema";
import type { ExtractedField } from "@/lib/schemas/agent-outputs";
import type { ValidationFinding } from "@/lib/schemas/business-rules";
import type { DocTypeId } from "@/lib/schemas/document-types";

// A field's confidence after validation: the model's own (calibrated, for the local engine)
// confidence, discounted by what validation found about it. The document's confidence is the
// joint probability that every required field is right (the local engine's approval rule), with
// the threshold per document type coming from settings.

export interface AssessedField extends ExtractedField {
  /** What the agent reported, before validation. */
  modelConfidence: number;
  flags: string[];
  /** Where on which page the value was read and how sure the reading was (null: no reading covers it). */
  evidence?: FieldEvidence | null;
}

// Multipliers: an unexplained mismatch makes a field unlikely to be right, a warning less sure;
// a value found nowhere in the text is all but certainly invented.
export const PENALTIES = {
  error: 0.2,
  warning: 0.75,
  not_in_document: 0.05,
  derived: 0.9,
  inferred: 0.6,
} as const;

/** A value the uploader confirmed by answering a question. */
export const ANSWERED_CONFIDENCE = 0.99;

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * An error over several fields says "at least one of them is wrong", not which. With the fields'
 * confidences as independent probabilities of being right, Bayes gives each one's probability of
 * being right given that they cannot all be: (c_i − Π c_j) / (1 − Π c_j). The doubt lands on the
 * least certain field (a shaky tax line), and a confident total keeps most of its confidence.
 */
export function blamedConfidence(name: string, involved: string[], fields: ExtractedField[]): number {
  const confidences = involved.map((n) => fields.find((f) => f.name === n)?.confidence ?? 0);
  const own = fields.find((f) => f.name === name)?.confidence ?? 0;
  const allRight = confidences.reduce((p, c) => p * c, 1);
  if (allRight >= 1) return own * PENALTIES.error;
  return Math.max(0, (own - allRight) / (1 - allRight));
}

export function assessFields(input: {
  fields: ExtractedField[];
  groundings: Grounding[];
  findings: ValidationFinding[];
  answered: ReadonlySet<string>;
}): AssessedField[] {
  const grounding = new Map(input.groundings.map((g) => [g.name, g]));
  return input.fields.map((field) => {
    if (input.answered.has(field.name)) {
      return { ...field, modelConfidence: field.confidence, confidence: ANSWERED_CONFIDENCE, flags: ["answered"] };
    }
    const g = grounding.get(field.name);
    const flags: string[] = [...(g?.flags ?? [])];
    let confidence = field.confidence;
    for (const flag of g?.flags ?? []) if (flag in PENALTIES) confidence *= PENALTIES[flag as keyof typeof PENALTIES];
    for (const f of input.findings) {
      if (!f.fields.includes(field.name)) continue;
      confidence = f.severity === "error" && f.fields.length > 1 ? blamedConfidence(field.name, f.fields, input.fields) : confidence * PENALTIES[f.severity];
      flags.push(f.rule);
    }
    return { ...field, source: g?.source ?? field.source, modelConfidence: field.confidence, confidence: round(confidence), flags: [...new Set(flags)] };
  });
}

export function documentConfidence(docType: DocTypeId, fields: AssessedField[], threshold?: number): { confidence: number; weakFields: string[] } {
  const { jointConfidence, blockingFields } = decideAutoApproval(docType, fields, threshold);
  return { confidence: round(jointConfidence), weakFields: blockingFields };
}
