import { fieldMatches, isDateOrAmount, normaliseFieldValue } from "@/lib/eval/field-comparison";
import type { ExtractedField } from "@/lib/schemas/agent-outputs";
import { requiredFields, type DocTypeId } from "@/lib/schemas/document-types";

// Figures of an evaluation run: exact-match accuracy per labelled field, auto-approval precision
// and review rate, and a reliability table (stated confidence against observed accuracy).

export type ScoredDocument = {
  id: string;
  docType: DocTypeId;
  fields: ExtractedField[];
  approved: boolean;
  gold: Record<string, string | null>;
  /** The document's text, to tell a misread from a label the text does not bear out. */
  text?: string;
};

export type ReliabilityRow = { from: number; to: number; count: number; meanConfidence: number; accuracy: number };

const BIN_EDGES = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1];

function predicted(doc: ScoredDocument, field: string): ExtractedField | undefined {
  return doc.fields.find((f) => f.name === field);
}

function isCorrect(doc: ScoredDocument, field: string): boolean {
  return fieldMatches(field, predicted(doc, field)?.value ?? null, doc.gold[field]);
}

export function labelledFieldNames(docs: ScoredDocument[]): string[] {
  return [...new Set(docs.flatMap((d) => Object.keys(d.gold).filter((k) => d.gold[k] !== null)))];
}

export function fieldAccuracy(docs: ScoredDocument[]): Record<string, number> {
  const accuracy: Record<string, number> = {};
  for (const field of labelledFieldNames(docs)) {
    const labelled = docs.filter((d) => d.gold[field] !== null && d.gold[field] !== undefined);
    accuracy[field] = labelled.filter((d) => isCorrect(d, field)).length / labelled.length;
  }
  return accuracy;
}

/**
 * Of the documents approved without a human, the share whose fields were all right. `scope`
 * "required": the labelled fields the approval rule vouches for (the type's required fields);
 * "all": every labelled field, optional ones (address) included.
 */
export function approvalFigures(docs: ScoredDocument[], scope: "required" | "all" = "required") {
  const approved = docs.filter((d) => d.approved);
  const allRight = approved.filter((d) => {
    const fields = Object.keys(d.gold).filter(
      (f) => d.gold[f] !== null && (scope === "all" || (requiredFields(d.docType) as string[]).includes(f)),
    );
    return fields.every((f) => isCorrect(d, f));
  });
  return {
    approved: approved.length,
    precision: approved.length === 0 ? null : allRight.length / approved.length,
    reviewRate: docs.length === 0 ? 0 : (docs.length - approved.length) / docs.length,
  };
}

export type ThresholdRow = { threshold: number; approved: number; precision: number | null; reviewRate: number };

/** What auto-approval would have done at each threshold, given every document's joint confidence. */
export function thresholdCurve(docs: (ScoredDocument & { jointConfidence: number })[], thresholds: number[]): ThresholdRow[] {
  return thresholds.map((threshold) => ({
    threshold,
    ...approvalFigures(docs.map((d) => ({ ...d, approved: d.jointConfidence >= threshold }))),
  }));
}

/** Whether a text label can be read off the document at all; null for dates and amounts, whose written forms vary. */
function labelInText(doc: ScoredDocument, field: string): boolean | null {
  const label = doc.gold[field];
  if (isDateOrAmount(field) || doc.text === undefined || label === null || label === undefined) return null;
  return normaliseFieldValue(field, doc.text)!.includes(normaliseFieldValue(field, label)!);
}

/**
 * Per text field, the share of labels that occur in their document's text: the most an engine that
 * reads the text can score, since the rest are labels that differ from what the document says.
 */
export function extractiveCeiling(docs: ScoredDocument[]): Record<string, number> {
  const ceiling: Record<string, number> = {};
  for (const field of labelledFieldNames(docs)) {
    const found = docs.map((d) => labelInText(d, field)).filter((x): x is boolean => x !== null);
    if (found.length > 0) ceiling[field] = found.filter(Boolean).length / found.length;
  }
  return ceiling;
}

export type ApprovedError = { id: string; field: string; predicted: string | null; label: string; labelInText: boolean | null };

/** The wrong required fields of approved documents, each marked with whether its label is in the text at all. */
export function approvedErrors(docs: ScoredDocument[]): ApprovedError[] {
  return docs
    .filter((d) => d.approved)
    .flatMap((d) =>
      (requiredFields(d.docType) as string[])
        .filter((f) => d.gold[f] !== null && d.gold[f] !== undefined && !isCorrect(d, f))
        .map((f) => {
          const value = predicted(d, f)?.value;
          return { id: d.id, field: f, predicted: value === undefined || value === null ? null : String(value), label: d.gold[f]!, labelInText: labelInText(d, f) };
        }),
    );
}

export function reliabilityTable(docs: ScoredDocument[], fields = labelledFieldNames(docs)): ReliabilityRow[] {
  const points = docs.flatMap((d) =>
    fields
      .filter((f) => d.gold[f] !== null && d.gold[f] !== undefined)
      .map((f) => ({ confidence: predicted(d, f)?.confidence ?? 0, correct: isCorrect(d, f) })),
  );
  return BIN_EDGES.slice(0, -1).map((from, i) => {
    const to = BIN_EDGES[i + 1];
    const last = i === BIN_EDGES.length - 2;
    const inBin = points.filter((p) => p.confidence >= from && (last ? p.confidence <= to : p.confidence < to));
    const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
    return {
      from,
      to,
      count: inBin.length,
      meanConfidence: mean(inBin.map((p) => p.confidence)),
      accuracy: mean(inBin.map((p) => (p.correct ? 1 : 0))),
    };
  });
}

export function formatReliability(rows: ReliabilityRow[]): string {
  const lines = ["confidence    fields  mean conf  accuracy"];
  for (const r of rows) {
    const bin = `[${r.from.toFixed(2)}, ${r.to.toFixed(2)}${r.to === 1 ? "]" : ")"}`.padEnd(13);
    const figures = r.count === 0 ? "       -          -" : `${r.meanConfidence.toFixed(3).padStart(9)}  ${(r.accuracy * 100).toFixed(1).padStart(7)}%`;
    lines.push(`${bin} ${String(r.count).padStart(6)}  ${figures}`);
  }
  return lines.join("\n");
}

export function percent(x: number | null): string {
  return x === null ? "n/a" : `${(x * 100).toFixed(1)}%`;
}
