import { fitPlatt, IDENTITY_CALIBRATION } from "@/lib/local-engine/calibration";
import {
  buildContext,
  extractFields,
  fieldCandidates,
  FIELD_PRIORS,
  RANKED_FIELDS,
  type DocumentContext,
  type FieldExtraction,
  type RankedField,
} from "@/lib/local-engine/field-extraction";
import type { EngineParams } from "@/lib/local-engine/model-params";
import { rankValues, trainRanker, type Weights } from "@/lib/local-engine/ranker";
import type { LabelledDocument } from "@/lib/eval/dataset";
import { fieldMatches, normaliseFieldValue } from "@/lib/eval/field-comparison";
import { docTypeIdSchema, type DocTypeId } from "@/lib/schemas/document-types";

// Fitting the local engine on labelled documents: ranker weights per field (MAP around the
// hand-set priors), then a Platt calibration fitted on out-of-fold shares, so the confidence is
// measured on documents the weights never saw. Folds are grouped by vendor: receipts of one shop
// share a layout, and letting them straddle folds would flatter the held-out figures.

export type PreparedDocument = { doc: LabelledDocument; ctx: DocumentContext; docType: DocTypeId };

export function prepare(docs: LabelledDocument[], referenceDate: Date): PreparedDocument[] {
  return docs.map((doc) => ({
    doc,
    ctx: buildContext(doc.text, referenceDate),
    docType: docTypeIdSchema.catch("receipt").parse(doc.docType),
  }));
}

/** Ranked fields that the labels cover, company first (the address search depends on it). */
export function labelledFields(docs: LabelledDocument[]): RankedField[] {
  return RANKED_FIELDS.filter((f) => docs.some((d) => d.fields[f]));
}

export function groupedFolds(items: PreparedDocument[], k: number): number[] {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    const key = normaliseFieldValue("company", item.doc.fields.company) ?? item.doc.id;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const sizes = new Array(k).fill(0);
  const fold = new Array<number>(items.length);
  const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  for (const [, members] of ordered) {
    const smallest = sizes.indexOf(Math.min(...sizes));
    for (const i of members) fold[i] = smallest;
    sizes[smallest] += members.length;
  }
  return fold;
}

function fitWeights(items: PreparedDocument[], fields: RankedField[]): Partial<Record<RankedField, Weights>> {
  const weights: Partial<Record<RankedField, Weights>> = {};
  for (const field of fields) {
    const examples = items
      .filter((item) => item.doc.fields[field])
      .map(({ doc, ctx }) => {
        const company = field === "address" ? rankValues(fieldCandidates("company", ctx), weights.company ?? FIELD_PRIORS.company)[0] : null;
        const candidates = fieldCandidates(field, ctx, company?.span ?? null);
        return { candidates, isGold: candidates.map((c) => fieldMatches(field, c.value, doc.fields[field])) };
      });
    weights[field] = trainRanker(examples, FIELD_PRIORS[field]);
  }
  return weights;
}

function asParams(weights: Partial<Record<RankedField, Weights>>, documents: number, fittedOn: string): EngineParams {
  const fields: EngineParams["fields"] = {};
  for (const [field, w] of Object.entries(weights)) fields[field] = { weights: w, calibration: IDENTITY_CALIBRATION };
  return { version: 1, fittedOn, documents, fields };
}

/** Fits weights on all items and calibrations on their inner cross-validated shares. */
export function fitEngineParams(items: PreparedDocument[], fields: RankedField[], folds: number, fittedOn: string): EngineParams {
  const params = asParams(fitWeights(items, fields), items.length, fittedOn);
  const fold = groupedFolds(items, folds);
  const outcomes = new Map<RankedField, { shares: number[]; correct: boolean[] }>(fields.map((f) => [f, { shares: [], correct: [] }]));
  for (let k = 0; k < folds; k++) {
    const inner = asParams(fitWeights(items.filter((_, i) => fold[i] !== k), fields), 0, "inner fold");
    items.forEach((item, i) => {
      if (fold[i] !== k) return;
      const extraction = extractFields(item.ctx, item.docType, inner);
      for (const field of fields) {
        const predicted = extraction.fields.find((f) => f.name === field);
        const share = extraction.shares[field];
        if (!predicted || share === undefined || !item.doc.fields[field]) continue;
        outcomes.get(field)!.shares.push(share);
        outcomes.get(field)!.correct.push(fieldMatches(field, predicted.value, item.doc.fields[field]));
      }
    });
  }
  for (const field of fields) {
    const { shares, correct } = outcomes.get(field)!;
    params.fields[field].calibration = fitPlatt(shares, correct);
  }
  return params;
}

/** Outer cross-validation: each document extracted by parameters fitted without its vendor. */
export function crossValidatedExtractions(items: PreparedDocument[], fields: RankedField[], folds: number): FieldExtraction[] {
  const fold = groupedFolds(items, folds);
  const results = new Array<FieldExtraction>(items.length);
  for (let k = 0; k < folds; k++) {
    const params = fitEngineParams(items.filter((_, i) => fold[i] !== k), fields, folds, `outer fold ${k}`);
    items.forEach((item, i) => {
      if (fold[i] === k) results[i] = extractFields(item.ctx, item.docType, params);
    });
  }
  return results;
}
