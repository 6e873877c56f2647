import { ADDRESS_PRIOR, addressCandidates } from "@/lib/local-engine/address-candidates";
import {
  ABSENT_CANDIDATE,
  amountCandidates,
  SUBTOTAL_PRIOR,
  TAX_PRIOR,
  TOTAL_PRIOR,
} from "@/lib/local-engine/amount-candidates";
import { findAmounts, parseAmountCents, type AmountMention } from "@/lib/local-engine/amounts";
import { calibrate, type PlattParams } from "@/lib/local-engine/calibration";
import { COMPANY_PRIOR, companyCandidates } from "@/lib/local-engine/company-candidates";
import { detectCurrency } from "@/lib/local-engine/currency";
import { DATE_PRIOR, dateCandidates } from "@/lib/local-engine/date-candidates";
import { findDates, type DateMention } from "@/lib/local-engine/dates";
import { splitLines, type DocumentLine } from "@/lib/local-engine/document-lines";
import { INVOICE_NUMBER_PRIOR, invoiceNumberCandidates } from "@/lib/local-engine/invoice-number-candidates";
import { extractLineItems } from "@/lib/local-engine/line-items";
import type { EngineParams } from "@/lib/local-engine/model-params";
import { rankValues, type Candidate, type RankedValue, type Weights } from "@/lib/local-engine/ranker";
import type { ExtractedField, ExtractedLineItem } from "@/lib/schemas/agent-outputs";
import { documentTypes, scalarFields, type DocTypeId } from "@/lib/schemas/document-types";

export const RANKED_FIELDS = ["company", "address", "date", "total", "subtotal", "tax", "invoice_number"] as const;
export type RankedField = (typeof RANKED_FIELDS)[number];

export const FIELD_PRIORS: Record<RankedField, Weights> = {
  company: COMPANY_PRIOR,
  address: ADDRESS_PRIOR,
  date: DATE_PRIOR,
  total: TOTAL_PRIOR,
  subtotal: SUBTOTAL_PRIOR,
  tax: TAX_PRIOR,
  invoice_number: INVOICE_NUMBER_PRIOR,
};

// Fields without labelled data keep prior weights; their shares are squeezed toward 0.5 so an
// unmeasured field never looks certain.
const UNFITTED_CALIBRATION: PlattParams = { a: 0.5, b: 0 };

export type DocumentContext = {
  text: string;
  lines: DocumentLine[];
  amounts: AmountMention[];
  dates: DateMention[];
  referenceDate: Date;
};

export function buildContext(text: string, referenceDate: Date = new Date()): DocumentContext {
  const lines = splitLines(text);
  return { text, lines, amounts: findAmounts(lines), dates: findDates(lines), referenceDate };
}

function lineRange(ctx: DocumentContext, span: { start: number; end: number } | null) {
  if (!span) return null;
  const from = ctx.lines.findIndex((l) => span.start >= l.start && span.start <= l.end);
  const to = ctx.lines.findIndex((l) => span.end >= l.start && span.end <= l.end);
  return from === -1 || to === -1 ? null : { from, to };
}

/** Candidates for one field; `address` needs the chosen company's span to know where to look. */
export function fieldCandidates(
  field: RankedField,
  ctx: DocumentContext,
  companySpan: { start: number; end: number } | null = null,
): Candidate[] {
  switch (field) {
    case "company":
      return companyCandidates(ctx.lines);
    case "address":
      return [...addressCandidates(ctx.lines, lineRange(ctx, companySpan)), ABSENT_CANDIDATE];
    case "date":
      return dateCandidates(ctx.lines, ctx.dates, ctx.referenceDate);
    case "total":
      return amountCandidates(ctx.lines, ctx.amounts);
    case "subtotal":
    case "tax":
      return [...amountCandidates(ctx.lines, ctx.amounts), ABSENT_CANDIDATE];
    case "invoice_number":
      return [...invoiceNumberCandidates(ctx.lines), ABSENT_CANDIDATE];
  }
}

export function weightsFor(field: RankedField, params: EngineParams): Weights {
  return params.fields[field]?.weights ?? FIELD_PRIORS[field];
}

export function calibrationFor(field: RankedField, params: EngineParams): PlattParams {
  return params.fields[field]?.calibration ?? UNFITTED_CALIBRATION;
}

export type FieldExtraction = {
  fields: ExtractedField[];
  lineItems: ExtractedLineItem[];
  /** Uncalibrated pooled share of each ranked field's winner, for fitting the calibration. */
  shares: Partial<Record<RankedField, number>>;
};

function isRanked(name: string): name is RankedField {
  return (RANKED_FIELDS as readonly string[]).includes(name);
}

export function extractFields(ctx: DocumentContext, docType: DocTypeId, params: EngineParams): FieldExtraction {
  const fields: ExtractedField[] = [];
  const shares: FieldExtraction["shares"] = {};
  const winners = new Map<RankedField, RankedValue>();
  const names: string[] = scalarFields(docType);
  // Company first: the address search starts below it.
  for (const name of [...names].sort((a, b) => Number(b === "company") - Number(a === "company"))) {
    if (name === "currency") {
      fields.push(detectCurrency(ctx.lines, ctx.amounts));
      continue;
    }
    if (!isRanked(name)) continue;
    const [top] = rankValues(fieldCandidates(name, ctx, winners.get("company")?.span ?? null), weightsFor(name, params));
    if (!top) {
      fields.push({ name, value: null, confidence: 0, source: null });
      continue;
    }
    winners.set(name, top);
    shares[name] = top.share;
    const confidence = Math.round(calibrate(top.share, calibrationFor(name, params)) * 1000) / 1000;
    fields.push({ name, value: top.value, confidence, source: top.span });
  }
  const checks = (["subtotal", "total"] as const).map((f) => {
    const value = winners.get(f)?.value;
    return value ? parseAmountCents(value) : null;
  });
  const hasLineItems = "line_items" in documentTypes[docType].fields.shape;
  const lineItems = hasLineItems ? extractLineItems(ctx.lines, ctx.amounts, checks) : [];
  return { fields, lineItems, shares };
}
