import invoiceParamsJson from "@/lib/local-engine/invoice-params.json";
import { buildContext, extractFields } from "@/lib/local-engine/field-extraction";
import { buildInvoiceContext } from "@/lib/local-engine/invoice-context";
import { extractInvoiceFields } from "@/lib/local-engine/invoice-extraction";
import { engineParamsSchema, FITTED_PARAMS, type EngineParams } from "@/lib/local-engine/model-params";
import type { TypeSignals } from "@/lib/local-engine/type-cues";
import type { ExtractedField, ExtractedLineItem } from "@/lib/schemas/agent-outputs";
import type { DocTypeId } from "@/lib/schemas/document-types";

// One extraction specialist per document type. The classifier hands a document to its type's
// specialist; a specialist that finds the document is not its kind says so once, with a reason
// and the type it looks like, and the caller hands it on (no second hand-back: the loop ends).

export const INVOICE_PARAMS: EngineParams = engineParamsSchema.parse(invoiceParamsJson);

export type HandBack = { reason: string; suggestedType: DocTypeId };
export type SpecialistResult = { docType: DocTypeId; fields: ExtractedField[]; lineItems: ExtractedLineItem[]; handBack: HandBack | null };

export interface SpecialistOptions {
  referenceDate?: Date;
  receiptParams?: EngineParams;
  invoiceParams?: EngineParams;
}

const has = (s: TypeSignals, ...cues: string[]) => cues.filter((c) => (s.cues as string[]).includes(c)).length;

/** Why this is not an invoice: a till receipt (cash, change, card slip, till words) with nothing an invoice must carry. */
export function invoiceHandBack(signals: TypeSignals): HandBack | null {
  const receiptCues = has(signals, "cash", "change", "card_slip", "till", "farewell", "time_of_sale");
  const invoiceCues = has(signals, "invoice_number", "bill_to", "due", "terms", "bank", "vat_id", "net_gross");
  if (receiptCues >= 2 && invoiceCues === 0) return { reason: "no invoice number, parties or payment terms; proof of payment printed", suggestedType: "receipt" };
  if (signals.amounts === 0 && invoiceCues === 0) return { reason: "no amounts and no invoice vocabulary", suggestedType: "generic" };
  return null;
}

/** Why this is not a receipt: an invoice's parties, terms and bank details without any sign of payment made. */
export function receiptHandBack(signals: TypeSignals): HandBack | null {
  const receiptCues = has(signals, "cash", "change", "card_slip", "till", "receipt_title", "farewell");
  const invoiceCues = has(signals, "invoice_number", "bill_to", "due", "terms", "bank", "vat_id");
  // One stray till word ("Pos" heads invoice tables too) does not outweigh four invoice cues.
  if ((invoiceCues >= 3 && receiptCues === 0) || (invoiceCues >= 4 && receiptCues <= 1)) return { reason: "invoice number, parties and payment terms, no payment made", suggestedType: "invoice" };
  if (signals.amounts === 0 && receiptCues === 0) return { reason: "no amounts and no proof of payment", suggestedType: "generic" };
  return null;
}

export function runSpecialist(docType: DocTypeId, text: string, signals: TypeSignals, options: SpecialistOptions = {}): SpecialistResult {
  if (docType === "invoice") {
    const { fields, lineItems } = extractInvoiceFields(buildInvoiceContext(text, options.referenceDate), options.invoiceParams ?? INVOICE_PARAMS);
    return { docType, fields, lineItems, handBack: invoiceHandBack(signals) };
  }
  const ctx = buildContext(text, options.referenceDate);
  const { fields, lineItems } = extractFields(ctx, docType, options.receiptParams ?? FITTED_PARAMS);
  return { docType, fields, lineItems, handBack: docType === "receipt" ? receiptHandBack(signals) : null };
}

/** The classifier's choice, and at most one hand-back to the specialist the first one named. */
export function extractWithHandOff(docType: DocTypeId, text: string, signals: TypeSignals, options: SpecialistOptions = {}) {
  const first = runSpecialist(docType, text, signals, options);
  if (!first.handBack || first.handBack.suggestedType === docType) return { result: first, handOffs: [] as Array<HandBack & { from: DocTypeId }> };
  const second = runSpecialist(first.handBack.suggestedType, text, signals, options);
  return { result: { ...second, handBack: null }, handOffs: [{ ...first.handBack, from: docType }] };
}

