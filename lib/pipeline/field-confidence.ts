// A field's confidence from named, independent signals — one pure function, so every tier (local
// engine, LLM, a reviewer's answer) is judged by the same arithmetic:
// - engine: the extractor's own calibrated probability that the value is right;
// - ocrConfidence: how sure the reading was of the words the value came from (null: a text layer
//   or no reading); a value read from doubtful pixels is doubtful whatever the ranker thinks;
// - agreement: independent readings of the same value (the total by its label, by net + tax, by
//   the line items' sum) that agree or conflict;
// - validation: what the rules and grounding said about it;
// - vendor: what the vendor memory knows about the issuer (learn's signal), a small lift only.
// Signals combine on the log-odds scale; the result is capped, since a few hundred labelled
// documents cannot vouch for better than about one error in two hundred.

import type { AssessedField } from "@/lib/agents/confidence";
import { z } from "zod";
import { evidenceForSpan, wordsInSpan } from "@/lib/ingest/evidence";
import type { Reading, ReadingWord } from "@/lib/ingest/reading-schema";
import { calibrate } from "@/lib/local-engine/calibration";
import fittedOcrCalibration from "@/lib/pipeline/ocr-calibration.json";
import type { ExtractedLineItem } from "@/lib/schemas/agent-outputs";
import { amountCents } from "@/lib/schemas/business-rules";
import type { DocTypeId } from "@/lib/schemas/document-types";

export type VendorSignal = { known: boolean; approvedDocuments: number; matchedBy: "tax_id" | "iban" | "name" | null };
export type ValidationSignal = "passed" | "warning" | "error" | "not_in_document";

export interface FieldSignals {
  engine: number;
  ocrConfidence?: number | null;
  agreement?: { agreeing: number; conflicting: number } | null;
  validation?: ValidationSignal;
  vendor?: VendorSignal | null;
}

export const CONFIDENCE_CAP = 0.995;
/** Below this OCR word confidence a value is flagged as read from doubtful pixels. */
export const OCR_TRUSTED = 0.9;
export const SIGNAL_WEIGHTS = {
  /** Log-odds per agreeing independent reading, and per conflicting one. */
  agreeing: 0.8,
  conflicting: -2,
  /** Log-odds lift for a vendor with a track record, at most (matched by tax id or IBAN). */
  vendorMax: 0.7,
  /** Multipliers on the probability for validation outcomes. */
  warning: 0.75,
  error: 0.2,
  not_in_document: 0.05,
} as const;

const logit = (p: number) => Math.log(Math.min(1 - 1e-6, Math.max(1e-6, p)) / (1 - Math.min(1 - 1e-6, Math.max(1e-6, p))));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** How much a value read from words this sure keeps of its confidence (combineFieldConfidence's OCR signal). */
function ocrFactor(ocrConfidence: number): number {
  return Math.min(1, ocrConfidence / OCR_TRUSTED) ** 2;
}

/** The flag on a field read from words the OCR was unsure of. */
export const OCR_DOUBT_FLAG = "ocr_doubt";

export const ocrCalibrationSchema = z.object({
  version: z.literal(1),
  fittedOn: z.string(),
  documents: z.number().int(),
  /** Per field, and "*" for fields with too few examples of their own. */
  fields: z.record(z.string(), z.object({ a: z.number(), b: z.number() })),
});
export type OcrCalibration = z.infer<typeof ocrCalibrationSchema>;

const OCR_CALIBRATION = ocrCalibrationSchema.parse(fittedOcrCalibration);

/** What the calibration is fitted on: the extractor's confidence times the chance that every word under the value was read right. */
export function ocrEvidenceScore(confidence: number, words: Pick<ReadingWord, "confidence">[]): number {
  return words.reduce((p, w) => p * w.confidence, confidence);
}

/**
 * Each field with its evidence in the reading (page, box, the lowest OCR confidence of its words).
 * A value read by OCR is weighed by how often values like it were right on scans (the calibration
 * fitted by `npm run calibrate:ocr`): the extractor judged the characters it was given, not
 * whether the pixels said them, and OCR confidences run high. It never gains confidence from the
 * reading. A text layer is taken as written; a value the uploader gave in an answer is left alone.
 */
export function weighByReading(fields: AssessedField[], reading: Pick<Reading, "words" | "pages"> | null, calibration: OcrCalibration = OCR_CALIBRATION): AssessedField[] {
  return fields.map((field) => {
    if (field.flags.includes("answered")) return field;
    const evidence = evidenceForSpan(reading, field.source);
    if (!evidence || !reading || !field.source) return { ...field, evidence: null };
    if (reading.pages.find((p) => p.page === evidence.page)?.source !== "ocr") return { ...field, evidence };
    const params = calibration.fields[field.name] ?? calibration.fields["*"];
    const score = ocrEvidenceScore(field.confidence, wordsInSpan(reading, field.source));
    const confidence = Math.round(Math.min(field.confidence, params ? calibrate(score, params) : score) * 1000) / 1000;
    const flags = evidence.ocrConfidence < OCR_TRUSTED ? [...new Set([...field.flags, OCR_DOUBT_FLAG])] : field.flags;
    return { ...field, evidence, confidence, flags };
  });
}

/** The flag on an amount that other amounts printed on the document confirm. */
export const CROSS_CHECKED_FLAG = "cross_checked";

/**
 * Invoice amounts that confirm each other: a net and a non-zero tax read from their own places
 * that add up to the total to the cent make each of the three likelier right, and line items
 * that add up to the net (or to the total, untaxed) confirm that. A sum computed from the
 * others (no place of its own) confirms nothing. Receipts are left alone: cash rounding puts a
 * pre-rounding sum that adds up exactly beside the total actually paid.
 */
export function weighByAgreement(docType: DocTypeId, fields: AssessedField[], lineItems: ExtractedLineItem[]): AssessedField[] {
  if (docType !== "invoice") return fields;
  const read = (name: string) => {
    const field = fields.find((f) => f.name === name && f.source !== null && !f.flags.includes("answered"));
    return field ? amountCents(field.value) : null;
  };
  const [subtotal, tax, total] = [read("subtotal"), read("tax"), read("total")];
  const agreeing = new Map<string, number>();
  const agree = (name: string) => agreeing.set(name, (agreeing.get(name) ?? 0) + 1);
  if (subtotal !== null && tax !== null && total !== null && tax > 0 && Math.abs(subtotal + tax - total) <= 1) ["subtotal", "tax", "total"].forEach(agree);
  const amounts = lineItems.map((item) => amountCents(item.amount));
  const target = subtotal ?? (tax === null ? total : null);
  if (amounts.length > 0 && target !== null && amounts.every((a) => a !== null)) {
    const sum = amounts.reduce<number>((s, a) => s + a!, 0);
    if (Math.abs(sum - target) <= 1) agree(subtotal !== null ? "subtotal" : "total");
  }
  return fields.map((field) => {
    const count = agreeing.get(field.name);
    if (!count) return field;
    const confidence = Math.max(field.confidence, combineFieldConfidence({ engine: field.confidence, agreement: { agreeing: count, conflicting: 0 } }));
    return { ...field, confidence, flags: [...new Set([...field.flags, CROSS_CHECKED_FLAG])] };
  });
}

export function combineFieldConfidence(signals: FieldSignals): number {
  if (signals.engine <= 0) return 0;
  let z = logit(signals.engine);
  if (signals.agreement) z += SIGNAL_WEIGHTS.agreeing * signals.agreement.agreeing + SIGNAL_WEIGHTS.conflicting * signals.agreement.conflicting;
  const v = signals.vendor;
  if (v?.known && v.approvedDocuments > 0) {
    const strength = v.matchedBy === "tax_id" || v.matchedBy === "iban" ? 1 : v.matchedBy === "name" ? 0.5 : 0;
    z += SIGNAL_WEIGHTS.vendorMax * strength * Math.min(1, v.approvedDocuments / 5);
  }
  let p = sigmoid(z);
  if (signals.ocrConfidence !== null && signals.ocrConfidence !== undefined) p *= ocrFactor(signals.ocrConfidence);
  if (signals.validation && signals.validation !== "passed") p *= SIGNAL_WEIGHTS[signals.validation];
  return Math.round(Math.min(CONFIDENCE_CAP, p) * 1000) / 1000;
}

/** Independent readings of the total: by its label, by net + tax, by the line items' sum (cents). */
export function totalAgreement(total: number | null, readings: { netPlusTax?: number | null; lineItemSum?: number | null }, toleranceCents = 1) {
  let agreeing = 0;
  let conflicting = 0;
  if (total === null) return { agreeing, conflicting };
  for (const other of [readings.netPlusTax, readings.lineItemSum]) {
    if (other === null || other === undefined) continue;
    if (Math.abs(other - total) <= toleranceCents) agreeing++;
    else conflicting++;
  }
  return { agreeing, conflicting };
}
