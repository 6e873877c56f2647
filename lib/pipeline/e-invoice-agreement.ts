import type { AssessedField } from "@/lib/agents/confidence";
import { AMOUNT_FIELDS, DATE_FIELDS, groundFields, indexDocument } from "@/lib/agents/grounding";
import type { EmbeddedInvoice } from "@/lib/ingest/reading-schema";
import { CONFIDENCE_CAP } from "@/lib/pipeline/field-confidence";
import type { ExtractedField } from "@/lib/schemas/agent-outputs";
import { amountCents } from "@/lib/schemas/business-rules";

// A hybrid invoice (Factur-X, ZUGFeRD, XRechnung, UBL in the PDF) states its fields twice: in the
// XML its issuer generated and on the page. A value the XML states and the page prints is read
// by two independent routes — the XML parser and the page's text — and is taken at the cap
// whatever the ranker found. A value the XML states but the page never prints is not evidence of
// anything the reader can check (a page and its XML that disagree, as some samples do), so the
// page's own reading stays, and the disagreement sends the field to a person.

export const E_INVOICE_FLAG = "e_invoice";
export const E_INVOICE_CONFLICT_FLAG = "e_invoice_conflict";
/** A field whose page reading contradicts the document's own e-invoice keeps this share of its confidence. */
export const E_INVOICE_CONFLICT_FACTOR = 0.5;

const compact = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

function sameValue(name: string, a: string | null, b: string): boolean {
  if (a === null) return false;
  if (AMOUNT_FIELDS.has(name)) return amountCents(a) !== null && amountCents(a) === amountCents(b);
  if (DATE_FIELDS.has(name)) return a === b;
  return compact(a) === compact(b);
}

// Text is found letters-and-digits only; a match must not be the middle of a longer word or number
// ("4711" inside "14711").
function atWordBoundaries(text: string, span: { start: number; end: number }): boolean {
  const alnum = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  return !(alnum(text[span.start - 1]) && alnum(text[span.start])) && !(alnum(text[span.end - 1]) && alnum(text[span.end]));
}

/** The e-invoice's values for these field names that the page prints, with where it prints them. */
function printedValues(invoice: EmbeddedInvoice, text: string, names: ReadonlySet<string>): Map<string, ExtractedField> {
  const stated = Object.entries(invoice.fields).filter(([name]) => names.has(name) && name !== "currency");
  const candidates: ExtractedField[] = stated.map(([name, value]) => ({ name, value, confidence: CONFIDENCE_CAP, source: null }));
  const printed = new Map<string, ExtractedField>();
  for (const grounding of groundFields(indexDocument(text), candidates)) {
    const field = candidates.find((c) => c.name === grounding.name)!;
    if (grounding.flags.length > 0 || !grounding.source) continue;
    if (!AMOUNT_FIELDS.has(field.name) && !DATE_FIELDS.has(field.name) && !atWordBoundaries(text, grounding.source)) continue;
    printed.set(field.name, { ...field, source: grounding.source });
  }
  return printed;
}

/**
 * Before validation: every field of `names` that the e-invoice states and the page prints takes
 * the e-invoice's value and place at the cap; the rest stay as extracted. Without an e-invoice,
 * the fields are returned as they are.
 */
export function adoptEmbeddedInvoice(fields: ExtractedField[], invoice: EmbeddedInvoice | undefined, text: string, names: ReadonlySet<string>): ExtractedField[] {
  if (!invoice) return fields;
  const printed = printedValues(invoice, text, names);
  const adopted = fields.map((field) => printed.get(field.name) ?? field);
  for (const [name, field] of printed) if (!fields.some((f) => f.name === name)) adopted.push(field);
  return adopted;
}

/** After validation: which fields the e-invoice vouches for, and which contradict it. */
export function weighByEmbeddedInvoice(fields: AssessedField[], invoice: EmbeddedInvoice | undefined): AssessedField[] {
  if (!invoice) return fields;
  const stated = invoice.fields as Record<string, string | undefined>;
  return fields.map((field) => {
    const value = stated[field.name];
    if (value === undefined || field.value === null || field.flags.includes("answered")) return field;
    if (sameValue(field.name, field.value, value)) return { ...field, flags: [...new Set([...field.flags, E_INVOICE_FLAG])] };
    return { ...field, confidence: Math.round(field.confidence * E_INVOICE_CONFLICT_FACTOR * 1000) / 1000, flags: [...new Set([...field.flags, E_INVOICE_CONFLICT_FLAG])] };
  });
}
