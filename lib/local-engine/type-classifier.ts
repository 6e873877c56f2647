import typeParams from "@/lib/local-engine/type-params.json";
import { calibrate, type PlattParams } from "@/lib/local-engine/calibration";
import { softmax, type Features, type Weights } from "@/lib/local-engine/ranker";
import { financialEvidence, type TypeSignals } from "@/lib/local-engine/type-cues";
import type { ClassificationOutput } from "@/lib/schemas/agent-outputs";
import { documentTypes, docTypeIdSchema, type DocTypeId } from "@/lib/schemas/document-types";

// Document type by a multinomial logit over the cues (weights fitted on labelled receipts and
// invoices around hand-set priors; `npx tsx scripts/fit-type-classifier.ts`), its winning share
// calibrated on held-out documents. "Other document" is never the answer while amounts or an
// invoice number are printed: the share it would have had counts as doubt. A letter that merely
// mentions invoices may be classified as one; routing still will not file it unseen (typeDoubt).

export const TYPE_PRIOR: Weights = {
  "receipt:bias": 0, "invoice:bias": 0, "generic:bias": -1,
  "receipt:cash": 1.5, "receipt:change": 1.5, "receipt:receipt_title": 1.5, "receipt:card_slip": 1, "receipt:till": 1, "receipt:farewell": 1,
  "receipt:time_of_sale": 1, "receipt:rounding": 0.5,
  "invoice:invoice_word": 1, "invoice:invoice_number": 1.5, "invoice:bill_to": 1.5, "invoice:due": 2, "invoice:terms": 1.5, "invoice:bank": 1.5,
  "invoice:vat_id": 1, "invoice:amount_due": 1.5, "invoice:net_gross": 1, "invoice:purchase_order": 1,
  "generic:letter": 1.5, "generic:prose": 2, "generic:no_amounts": 3, "generic:many_amounts": -1.5,
};

export type TypeParams = { weights: Weights; calibration: PlattParams };
export const FITTED_TYPE_PARAMS: TypeParams = typeParams as TypeParams;

/** Per type, the features its candidate row carries (conditional logit over the three types). */
export function typeCandidateFeatures(signals: TypeSignals): Features[] {
  const prose = (signals.meanLineLength > 45 ? 1 : 0) + (signals.sentences >= 3 ? 1 : 0);
  return docTypeIdSchema.options.map((type) => {
    const f: Features = { [`${type}:bias`]: 1 };
    for (const cue of signals.cues) f[`${type}:${cue}`] = 1;
    if (type === "generic") {
      f["generic:prose"] = prose / 2;
      f["generic:no_amounts"] = signals.amounts === 0 ? 1 : 0;
      f["generic:many_amounts"] = signals.amounts > signals.words / 10 ? 1 : 0;
    }
    return f;
  });
}

export type TypeProbabilities = Record<DocTypeId, number>;

export function typeShares(signals: TypeSignals, weights: Weights): TypeProbabilities {
  const rows = typeCandidateFeatures(signals);
  const shares = softmax(rows.map((f) => Object.entries(f).reduce((s, [k, x]) => s + (weights[k] ?? 0) * x, 0)));
  return Object.fromEntries(docTypeIdSchema.options.map((t, i) => [t, shares[i]])) as TypeProbabilities;
}

export function classifyBySignals(signals: TypeSignals, params: TypeParams = FITTED_TYPE_PARAMS): ClassificationOutput & { probabilities: TypeProbabilities } {
  const weights = { ...TYPE_PRIOR, ...params.weights };
  const shares = typeShares(signals, weights);
  const figures = signals.amounts > 0 || signals.cues.some((c) => c === "invoice_number" || c === "amount_due");
  const ranked = docTypeIdSchema.options.filter((t) => t !== "generic" || !figures).sort((a, b) => shares[b] - shares[a]);
  const docType = ranked[0];
  // Calibrated probability of the winner; with the generic option barred, its share counts as doubt.
  const confidence = Math.round(calibrate(shares[docType], params.calibration) * 1000) / 1000;
  const cues = signals.cues.filter((c) => weights[`${docType}:${c}`] > 0).map((c) => c.replace(/_/g, " "));
  const rationale =
    docType === "generic"
      ? `${documentTypes.generic.label}: no amounts or invoice number printed${cues.length ? `; ${cues.join(", ")}` : ""}${financialEvidence(signals).length ? `; it mentions ${financialEvidence(signals).join(", ")}` : ""}.`
      : `${documentTypes[docType].label}: ${cues.length ? cues.join(", ") : "no distinctive cue"}${shares.generic > 0.2 ? "; it could be another kind of document" : ""}.`;
  return { docType, confidence, routingTarget: documentTypes[docType].routingTarget, rationale, probabilities: shares };
}
