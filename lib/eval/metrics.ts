import { fieldMatches, isDateOrAmount, normaliseFieldValue } from "@/lib/eval/field-comparison";
import type { ExtractedField } from "@/lib/schemas/agent-outputs";
import { docTypeIdSchema, requiredFields, type DocTypeId } from "@/lib/schemas/document-types";

// Figures of an evaluation run: exact-match accuracy per labelled field, type accuracy and the
// type confusion matrix, auto-approval precision and review rate, and a reliability table (stated
// confidence against observed accuracy). Approvals are judged by the document's TRUE type: an
// invoice filed as "generic" has no required fields of its own, and judging it by those would
// count an approval with nothing extracted as right.

export type ScoredDocument = {
  id: string;
  /** The type the label gives the document. */
  trueType: DocTypeId;
  /** The type the system filed it as. */
  predictedType: DocTypeId;
  /** ocrConfidence: the lowest OCR confidence of the words the value was read from (files path). */
  fields: (ExtractedField & { ocrConfidence?: number | null })[];
  approved: boolean;
  /** Labels by field; null: the document has no such field, so extracting one is wrong. */
  gold: Record<string, string | null>;
  /** The document's text, to tell a misread from a label the text does not bear out. */
  text?: string;
};

export type ReliabilityRow = { from: number; to: number; count: number; meanConfidence: number; accuracy: number };

const BIN_EDGES = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1];

function predicted(doc: ScoredDocument, field: string): ScoredDocument["fields"][number] | undefined {
  return doc.fields.find((f) => f.name === field);
}

function predictedValue(doc: ScoredDocument, field: string): string | null {
  const value = predicted(doc, field)?.value;
  return value === undefined || value === null ? null : String(value);
}

function isLabelled(doc: ScoredDocument, field: string): boolean {
  return Object.hasOwn(doc.gold, field);
}

function isCorrect(doc: ScoredDocument, field: string): boolean {
  return fieldMatches(field, predictedValue(doc, field), doc.gold[field]);
}

export function labelledFieldNames(docs: ScoredDocument[]): string[] {
  return [...new Set(docs.flatMap((d) => Object.keys(d.gold)))];
}

/** Per field, the share of documents labelled for it (null labels included) whose extracted value matches. */
export function fieldAccuracy(docs: ScoredDocument[]): Record<string, number> {
  const accuracy: Record<string, number> = {};
  for (const field of labelledFieldNames(docs)) {
    const labelled = docs.filter((d) => isLabelled(d, field));
    accuracy[field] = labelled.filter((d) => isCorrect(d, field)).length / labelled.length;
  }
  return accuracy;
}

type ApprovalScope = "required" | "all";

/** The labelled fields an approval is judged on: the true type's required fields, or every labelled one. */
function judgedFields(doc: ScoredDocument, scope: ApprovalScope): string[] {
  const required = requiredFields(doc.trueType) as string[];
  return Object.keys(doc.gold).filter((f) => scope === "all" || required.includes(f));
}

/**
 * Whether an approval without a human was right: filed as its true type, with every judged field
 * right. An approval of a type with required fields that no label covers cannot be vouched for,
 * so it does not count as right either.
 */
function approvalIsRight(doc: ScoredDocument, scope: ApprovalScope): boolean {
  if (doc.predictedType !== doc.trueType) return false;
  const fields = judgedFields(doc, scope);
  if (fields.length === 0 && requiredFields(doc.trueType).length > 0) return false;
  return fields.every((f) => isCorrect(doc, f));
}

/**
 * Of the documents approved without a human, the share that were right. `scope` "required": the
 * labelled fields the approval rule vouches for (the true type's required fields); "all": every
 * labelled field, optional ones (address) included.
 */
export function approvalFigures(docs: ScoredDocument[], scope: ApprovalScope = "required") {
  const approved = docs.filter((d) => d.approved);
  const right = approved.filter((d) => approvalIsRight(d, scope));
  return {
    approved: approved.length,
    precision: approved.length === 0 ? null : right.length / approved.length,
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

/** The share of documents filed as their true type; null for none. */
export function typeAccuracy(docs: ScoredDocument[]): number | null {
  return docs.length === 0 ? null : docs.filter((d) => d.predictedType === d.trueType).length / docs.length;
}

/** Counts by true type (rows) and predicted type (columns), every type in both. */
export function typeConfusion(docs: ScoredDocument[]): Record<DocTypeId, Record<DocTypeId, number>> {
  const types = docTypeIdSchema.options;
  const matrix = Object.fromEntries(types.map((t) => [t, Object.fromEntries(types.map((p) => [p, 0]))])) as Record<DocTypeId, Record<DocTypeId, number>>;
  for (const d of docs) matrix[d.trueType][d.predictedType] += 1;
  return matrix;
}

export function formatConfusion(matrix: Record<DocTypeId, Record<DocTypeId, number>>): string {
  const types = docTypeIdSchema.options;
  const lines = [`${"true \\ filed as".padEnd(16)}${types.map((t) => t.padStart(9)).join("")}`];
  for (const t of types) lines.push(`${t.padEnd(16)}${types.map((p) => String(matrix[t][p]).padStart(9)).join("")}`);
  return lines.join("\n");
}

/** Whether a text label can be read off the document at all; null for dates, amounts and absent labels. */
function labelInText(doc: ScoredDocument, field: string): boolean | null {
  const label = doc.gold[field];
  if (isDateOrAmount(field) || doc.text === undefined || label === null || label === undefined) return null;
  const wanted = normaliseFieldValue(field, label);
  return wanted !== null && (normaliseFieldValue(field, doc.text) ?? "").includes(wanted);
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

export type ApprovedError = { id: string; field: string; predicted: string | null; label: string | null; labelInText: boolean | null };

/**
 * What made each wrong approval wrong: a type other than the true one (field "type"), the true
 * type's wrong required fields, or (field "required") required fields that no label covers.
 */
export function approvedErrors(docs: ScoredDocument[]): ApprovedError[] {
  return docs
    .filter((d) => d.approved)
    .flatMap((d) => {
      const errors: ApprovedError[] = [];
      if (d.predictedType !== d.trueType) errors.push({ id: d.id, field: "type", predicted: d.predictedType, label: d.trueType, labelInText: null });
      const fields = judgedFields(d, "required");
      if (fields.length === 0 && requiredFields(d.trueType).length > 0) {
        errors.push({ id: d.id, field: "required", predicted: null, label: null, labelInText: null });
      }
      for (const f of fields.filter((f) => !isCorrect(d, f))) {
        errors.push({ id: d.id, field: f, predicted: predictedValue(d, f), label: d.gold[f], labelInText: labelInText(d, f) });
      }
      return errors;
    });
}

/**
 * Stated confidence against observed accuracy, over every labelled field where something was
 * either expected or extracted: a missing value counts at confidence 0, a value made up where the
 * label says "none" at its stated confidence.
 */
export function reliabilityTable(docs: ScoredDocument[], fields = labelledFieldNames(docs)): ReliabilityRow[] {
  const points = docs.flatMap((d) =>
    fields
      .filter((f) => isLabelled(d, f) && (d.gold[f] !== null || predictedValue(d, f) !== null))
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

const OCR_BIN_EDGES = [0, 0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 1];

/**
 * Observed accuracy of extracted values by the OCR confidence of the words they were read from:
 * whether the reading's own doubt predicts a wrong value (values without a reading are left out).
 */
export function ocrReliabilityTable(docs: ScoredDocument[], fields = labelledFieldNames(docs)): ReliabilityRow[] {
  const points = docs.flatMap((d) =>
    fields.flatMap((f) => {
      const ocr = predicted(d, f)?.ocrConfidence;
      return isLabelled(d, f) && ocr !== null && ocr !== undefined ? [{ confidence: ocr, correct: isCorrect(d, f) }] : [];
    }),
  );
  return OCR_BIN_EDGES.slice(0, -1).map((from, i) => {
    const to = OCR_BIN_EDGES[i + 1];
    const inBin = points.filter((p) => p.confidence >= from && (i === OCR_BIN_EDGES.length - 2 ? p.confidence <= to : p.confidence < to));
    const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
    return { from, to, count: inBin.length, meanConfidence: mean(inBin.map((p) => p.confidence)), accuracy: mean(inBin.map((p) => (p.correct ? 1 : 0))) };
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

/** The headline figures of a set of documents, under the keys the eval's JSON line uses. */
function headline(docs: ScoredDocument[]) {
  const approval = approvalFigures(docs);
  return {
    documents: docs.length,
    accuracy: fieldAccuracy(docs),
    auto_approve_precision: approval.precision,
    review_rate: approval.reviewRate,
    type_accuracy: typeAccuracy(docs),
  };
}

/** The headline figures over all documents, and the same figures for each true type present. */
export function evalFigures(docs: ScoredDocument[]) {
  const types = docTypeIdSchema.options.filter((t) => docs.some((d) => d.trueType === t));
  return {
    ...headline(docs),
    by_type: Object.fromEntries(types.map((t) => [t, headline(docs.filter((d) => d.trueType === t))])) as Partial<Record<DocTypeId, ReturnType<typeof headline>>>,
  };
}
