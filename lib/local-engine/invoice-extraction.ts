import { isValidIBAN, electronicFormatIBAN } from "ibantools";
import { checkVAT, countries } from "jsvat";
import { calibrate, type PlattParams } from "@/lib/local-engine/calibration";
import { INVOICE_NET_PRIOR, INVOICE_TAX_PRIOR, INVOICE_TOTAL_PRIOR, invoiceAmountCandidates, summedCandidate } from "@/lib/local-engine/invoice-amount-candidates";
import type { InvoiceContext } from "@/lib/local-engine/invoice-context";
import { INVOICE_DATE_PRIOR, INVOICE_DUE_PRIOR, invoiceDateCandidates } from "@/lib/local-engine/invoice-date-candidates";
import { INVOICE_ID_PRIOR, invoiceNumberLabelCandidates } from "@/lib/local-engine/invoice-number-label-candidates";
import type { EngineParams } from "@/lib/local-engine/model-params";
import { INVOICE_AMOUNT_LABELS } from "@/lib/local-engine/invoice-vocabulary";
import { extractLineItems, type TableVocabulary } from "@/lib/local-engine/line-items";
import { CURRENCY_OF_SYMBOL } from "@/lib/local-engine/number-formats";
import { rankValues, type Candidate, type RankedValue, type Weights } from "@/lib/local-engine/ranker";
import { VENDOR_PRIOR, vendorCandidates } from "@/lib/local-engine/vendor-candidates";
import { amountCents } from "@/lib/schemas/business-rules";
import type { ExtractedField, ExtractedLineItem } from "@/lib/schemas/agent-outputs";

// The invoice specialist of the local engine: each ranked field chosen by its fitted ranker over
// the candidates above and calibrated on held-out invoices; IBAN and VAT id found by pattern and
// kept only when their checksum / format library accepts them; currency from codes and symbols.

export const INVOICE_RANKED_FIELDS = ["vendor", "invoice_number", "date", "due_date", "total", "subtotal", "tax"] as const;
export type InvoiceRankedField = (typeof INVOICE_RANKED_FIELDS)[number];

export const ABSENT: Candidate = { value: null, span: null, features: { absent: 1 } };

export const INVOICE_PRIORS: Record<InvoiceRankedField, Weights> = {
  vendor: VENDOR_PRIOR,
  invoice_number: INVOICE_ID_PRIOR,
  date: INVOICE_DATE_PRIOR,
  due_date: INVOICE_DUE_PRIOR,
  total: INVOICE_TOTAL_PRIOR,
  subtotal: INVOICE_NET_PRIOR,
  tax: INVOICE_TAX_PRIOR,
};

const UNFITTED: PlattParams = { a: 0.5, b: 0 };

export function invoiceFieldCandidates(field: InvoiceRankedField, ctx: InvoiceContext): Candidate[] {
  switch (field) {
    case "vendor":
      return vendorCandidates(ctx);
    case "invoice_number":
      return [...invoiceNumberLabelCandidates(ctx), ABSENT];
    case "date":
      return invoiceDateCandidates(ctx);
    case "due_date":
      return [...invoiceDateCandidates(ctx), ABSENT];
    case "total":
      return invoiceAmountCandidates(ctx);
    case "subtotal":
    case "tax": {
      const summed = summedCandidate(ctx, field === "tax" ? "tax" : "net");
      return [...invoiceAmountCandidates(ctx), ...(summed ? [summed] : []), ABSENT];
    }
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export type InvoiceExtraction = { fields: ExtractedField[]; lineItems: ExtractedLineItem[]; shares: Partial<Record<InvoiceRankedField, number>> };

const { line, unit, total, net, gross, tax } = INVOICE_AMOUNT_LABELS;
// An item table is headed by at least two of description, quantity/unit price and amount, in any
// of the four languages, and ends at the first net, tax or total line.
const INVOICE_TABLE: TableVocabulary = {
  isHeader: (text) => [line, unit, total].filter((label) => label.test(text)).length >= 2,
  endsItems: (text) => [net, gross, tax, total].some((label) => label.test(text)),
};

/** How far down a field's ranking a candidate that makes the amounts add up may be taken from. */
const RECONCILE_DEPTH = 6;

/**
 * Net, tax and total ranked one at a time can break the arithmetic they obey: a 0 % VAT line
 * ranked over the 19 % one, a tax base taken for the tax. When the top choices do not add up,
 * a printed candidate among the next few of the tax (else the net) that makes net + tax = total
 * to the cent replaces the top one. The total is never replaced: its ranking is the surest.
 */
export function reconcileAmounts(ranked: Partial<Record<InvoiceRankedField, RankedValue[]>>): Partial<Record<InvoiceRankedField, RankedValue>> {
  const top = (name: InvoiceRankedField) => ranked[name]?.[0];
  const cents = (r: RankedValue | undefined) => amountCents(r?.value ?? null);
  const [subtotal, tax, total] = [cents(top("subtotal")), cents(top("tax")), cents(top("total"))];
  if (total === null || subtotal === null || Math.abs(subtotal + (tax ?? 0) - total) <= 1) return {};
  const find = (name: InvoiceRankedField, wanted: number) =>
    ranked[name]?.slice(1, RECONCILE_DEPTH).find((r) => r.span !== null && r.value !== null && Math.abs(amountCents(r.value)! - wanted) <= 1);
  const taxThatAddsUp = total - subtotal > 0 ? find("tax", total - subtotal) : undefined;
  if (taxThatAddsUp) return { tax: taxThatAddsUp };
  const netThatAddsUp = tax !== null && tax > 0 ? find("subtotal", total - tax) : undefined;
  return netThatAddsUp ? { subtotal: netThatAddsUp } : {};
}

export function extractInvoiceFields(ctx: InvoiceContext, params: EngineParams): InvoiceExtraction {
  const fields: ExtractedField[] = [];
  const shares: InvoiceExtraction["shares"] = {};
  const ranked: Partial<Record<InvoiceRankedField, RankedValue[]>> = {};
  for (const name of INVOICE_RANKED_FIELDS) ranked[name] = rankValues(invoiceFieldCandidates(name, ctx), params.fields[name]?.weights ?? INVOICE_PRIORS[name]);
  const reconciled = reconcileAmounts(ranked);
  for (const name of INVOICE_RANKED_FIELDS) {
    const model = params.fields[name];
    const top = reconciled[name] ?? ranked[name]![0];
    if (!top || top.value === null) {
      fields.push({ name, value: null, confidence: top ? round(calibrate(top.share, model?.calibration ?? UNFITTED)) : 0, source: null });
      if (top) shares[name] = top.share;
      continue;
    }
    shares[name] = top.share;
    fields.push({ name, value: top.value, confidence: round(calibrate(top.share, model?.calibration ?? UNFITTED)), source: top.span });
  }
  fields.push(invoiceCurrency(ctx), findIban(ctx), findVatId(ctx));
  const checks = ["subtotal", "total"].map((name) => amountCents(fields.find((f) => f.name === name)?.value ?? null));
  return { fields, lineItems: extractLineItems(ctx.lines, ctx.amounts, checks, INVOICE_TABLE), shares };
}

const CURRENCY_TOKEN = /(?<![\p{L}])(EUR|USD|GBP|CHF|INR|DEM|SEK|DKK|NOK|PLN|CZK|JPY|MYR|SGD|AUD|CAD|US\$|Rs\.?)(?![\p{L}])|[€£¥₹$]/gu;

export function invoiceCurrency(ctx: InvoiceContext): ExtractedField {
  const counts = new Map<string, { count: number; start: number; end: number; symbol: string }>();
  for (const line of ctx.lines) {
    for (const m of line.text.matchAll(CURRENCY_TOKEN)) {
      const code = CURRENCY_OF_SYMBOL[m[0]];
      if (!code) continue;
      const entry = counts.get(code);
      if (entry) entry.count++;
      else counts.set(code, { count: 1, start: line.start + m.index, end: line.start + m.index + m[0].length, symbol: m[0] });
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1].count - a[1].count);
  if (ranked.length === 0) return { name: "currency", value: null, confidence: 0, source: null };
  const [code, best] = ranked[0];
  const all = ranked.reduce((s, [, e]) => s + e.count, 0);
  return { name: "currency", value: code, confidence: round((best.symbol === "$" ? 0.6 : 0.95) * (best.count / all)), source: { start: best.start, end: best.end } };
}

const IBAN_PATTERN = /\b([A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?)\b/g;

export function findIban(ctx: InvoiceContext): ExtractedField {
  for (const m of ctx.text.matchAll(IBAN_PATTERN)) {
    const iban = electronicFormatIBAN(m[1]) ?? "";
    if (isValidIBAN(iban)) return { name: "iban", value: iban, confidence: 0.95, source: { start: m.index, end: m.index + m[1].length } };
  }
  return { name: "iban", value: null, confidence: 0, source: null };
}

const VAT_PATTERN = /\b((?:ATU|BE0?|DE|FR|NL|LU|IT|ES|GB|CH|PL|AT|DK|SE|FI|IE|PT)[\s.]?[0-9A-Z][0-9A-Z\s.]{6,14}[0-9A-Z])\b/g;
const VAT_LABEL = /(ust|vat|tva|btw|mwst|tax)[\s.-]*(id|nr|no|number|n°|nummer|identification)?/iu;

export function findVatId(ctx: InvoiceContext): ExtractedField {
  const found: Array<{ value: string; start: number; end: number; labelled: boolean }> = [];
  for (const m of ctx.text.matchAll(VAT_PATTERN)) {
    const compact = m[1].replace(/[\s.]/g, "");
    if (!checkVAT(compact, countries).isValid) continue;
    const lineStart = ctx.text.lastIndexOf("\n", m.index) + 1;
    found.push({ value: compact, start: m.index, end: m.index + m[1].length, labelled: VAT_LABEL.test(ctx.text.slice(lineStart, m.index)) });
  }
  // The issuer's id usually comes first (letterhead) — the buyer's appears under the buyer's address.
  const best = found.find((f) => f.labelled) ?? found[0];
  return best ? { name: "vendor_tax_id", value: best.value, confidence: best.labelled ? 0.8 : 0.6, source: { start: best.start, end: best.end } } : { name: "vendor_tax_id", value: null, confidence: 0, source: null };
}
