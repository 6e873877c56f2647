import { CURRENCY_CODES, findAmounts } from "@/lib/local-engine/amounts";
import { findLocalizedDates } from "@/lib/local-engine/date-formats";
import { findDates } from "@/lib/local-engine/dates";
import { detectLanguage, prefersMonthFirst } from "@/lib/local-engine/document-language";
import { splitLines } from "@/lib/local-engine/document-lines";
import { documentDecimalMark, findLocalizedAmounts } from "@/lib/local-engine/number-formats";
import type { ExtractedField, ExtractedLineItem, SourceSpan } from "@/lib/schemas/agent-outputs";
import { amountCents } from "@/lib/schemas/business-rules";

// The hallucination defence: every extracted value must be found in the document text, or be
// derivable from values that are (a total from subtotal + tax). A value that is neither is
// flagged `not_in_document`, and that flag blocks auto-approval whatever the model's confidence.
// Models also misplace offsets; a value found elsewhere gets its span corrected.

export type GroundingFlag = "not_in_document" | "span_corrected" | "derived" | "inferred";

export interface Grounding {
  name: string;
  flags: GroundingFlag[];
  /** The span the value was found at (the given one when it checks out). */
  source: SourceSpan | null;
}

/** Fields grounded as amounts (by cents) and as dates (by ISO day); every other field as text. */
export const AMOUNT_FIELDS: ReadonlySet<string> = new Set(["total", "subtotal", "tax"]);
export const DATE_FIELDS: ReadonlySet<string> = new Set(["date", "due_date"]);

/** Letters and digits only, case-folded: OCR spacing and punctuation do not decide a match. */
function compact(text: string): { chars: string; offsets: number[] } {
  let chars = "";
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/[\p{L}\p{N}]/u.test(c)) {
      chars += c.toLowerCase();
      offsets.push(i);
    }
  }
  return { chars, offsets };
}

interface DocumentIndex {
  text: string;
  compact: ReturnType<typeof compact>;
  amounts: ReturnType<typeof findAmounts>;
  dates: ReturnType<typeof findDates>;
}

/** Amounts and dates as receipts print them and as the document's language and number style print them ("1.428,00", "12. März 2024"). */
export function indexDocument(text: string): DocumentIndex {
  const lines = splitLines(text);
  const { language } = detectLanguage(text);
  const localizedDates = findLocalizedDates(lines, { language, monthFirst: prefersMonthFirst(text, language) });
  return {
    text,
    compact: compact(text),
    amounts: [...findAmounts(lines), ...findLocalizedAmounts(lines, documentDecimalMark(text))],
    dates: [...findDates(lines), ...localizedDates],
  };
}

/** The model's span points at (part of) the place the value was found. */
function sameSpan(a: SourceSpan | null, b: SourceSpan): boolean {
  return a !== null && a.start < b.end && b.start < a.end;
}

function locateText(index: DocumentIndex, value: string, given: SourceSpan | null): SourceSpan | null {
  const needle = compact(value).chars;
  if (needle === "") return null;
  if (given && given.end <= index.text.length && compact(index.text.slice(given.start, given.end)).chars.includes(needle)) return given;
  const at = index.compact.chars.indexOf(needle);
  if (at < 0) return null;
  return { start: index.compact.offsets[at]!, end: index.compact.offsets[at + needle.length - 1]! + 1 };
}

function groundOne(index: DocumentIndex, field: ExtractedField, resolved: Map<string, number>): Grounding {
  const value = field.value!;
  // A missing span is filled in silently; a wrong one is corrected and flagged.
  const ok = (span: SourceSpan): Grounding => ({
    name: field.name,
    flags: field.source === null || sameSpan(field.source, span) ? [] : ["span_corrected"],
    source: sameSpan(field.source, span) ? field.source : span,
  });
  if (AMOUNT_FIELDS.has(field.name)) {
    const cents = amountCents(value);
    const mentions = index.amounts.filter((m) => m.cents === cents);
    const given = mentions.find((m) => sameSpan(field.source, m));
    if (given) return ok(field.source!);
    if (mentions[0]) return ok({ start: mentions[0].start, end: mentions[0].end });
    const [subtotal, tax] = [resolved.get("subtotal"), resolved.get("tax")];
    if (field.name === "total" && cents !== null && subtotal !== undefined && tax !== undefined && subtotal + tax === cents) {
      return { name: field.name, flags: ["derived"], source: null };
    }
    return { name: field.name, flags: ["not_in_document"], source: null };
  }
  if (DATE_FIELDS.has(field.name)) {
    const mention = index.dates.find((d) => d.iso === value && sameSpan(field.source, d)) ?? index.dates.find((d) => d.iso === value);
    return mention ? ok({ start: mention.start, end: mention.end }) : { name: field.name, flags: ["not_in_document"], source: null };
  }
  if (field.name === "currency") {
    const printed = Object.entries(CURRENCY_CODES).filter(([, code]) => code === value).map(([symbol]) => symbol);
    for (const symbol of printed) {
      const at = index.text.toUpperCase().indexOf(symbol);
      if (at >= 0) return ok({ start: at, end: at + symbol.length });
    }
    // A currency read from the country of the address is an inference, not a fabrication.
    return { name: field.name, flags: ["inferred"], source: null };
  }
  const span = locateText(index, value, field.source);
  return span ? ok(span) : { name: field.name, flags: ["not_in_document"], source: null };
}

/** Grounds every non-empty field; amounts first so a total can be derived from grounded parts. */
export function groundFields(index: DocumentIndex, fields: ExtractedField[]): Grounding[] {
  const resolved = new Map<string, number>();
  const order = [...fields].sort((a, b) => Number(b.name !== "total") - Number(a.name !== "total"));
  const results = new Map<string, Grounding>();
  for (const field of order) {
    if (field.value === null) continue;
    const grounding = groundOne(index, field, resolved);
    results.set(field.name, grounding);
    const cents = AMOUNT_FIELDS.has(field.name) ? amountCents(field.value) : null;
    if (cents !== null && !grounding.flags.includes("not_in_document")) resolved.set(field.name, cents);
  }
  return fields.filter((f) => results.has(f.name)).map((f) => results.get(f.name)!);
}

/** Line items whose amount is nowhere in the text. */
export function ungroundedLineItems(index: DocumentIndex, items: ExtractedLineItem[]): number[] {
  const printed = new Set(index.amounts.map((m) => m.cents));
  return items.flatMap((item, i) => {
    const cents = amountCents(item.amount);
    return cents !== null && !printed.has(cents) ? [i] : [];
  });
}
