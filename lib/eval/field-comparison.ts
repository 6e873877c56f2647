import { parseAmountCents } from "@/lib/local-engine/amounts";
import { parseDateToIso } from "@/lib/local-engine/dates";

// Exact match after normalisation: text trimmed, whitespace-collapsed and case-folded; dates
// compared as ISO (day-first where ambiguous); amounts compared as numbers. A label of null says
// the document has no such field: only nothing extracted matches it.

const DATE_FIELDS = new Set(["date", "due_date"]);
const AMOUNT_FIELDS = new Set(["total", "subtotal", "tax"]);

// A date or amount that does not parse has no value to compare: it matches nothing, not even the
// same text, so a misread like "2O18" can never count as right.
const UNREADABLE = Symbol("unreadable");

export function isDateOrAmount(field: string): boolean {
  return DATE_FIELDS.has(field) || AMOUNT_FIELDS.has(field);
}

function comparable(field: string, value: string | null | undefined): string | null | typeof UNREADABLE {
  if (value === null || value === undefined) return null;
  const text = value.replace(/\s+/g, " ").trim();
  if (text === "") return null;
  if (DATE_FIELDS.has(field)) return parseDateToIso(text) ?? UNREADABLE;
  if (AMOUNT_FIELDS.has(field)) {
    const cents = parseAmountCents(text.replace(/^[^\d-]+/, ""));
    return cents === null ? UNREADABLE : String(cents);
  }
  return text.toLowerCase();
}

/** The comparable form of a value; null when it is absent, blank, or a date or amount that does not parse. */
export function normaliseFieldValue(field: string, value: string | null | undefined): string | null {
  const normalised = comparable(field, value);
  return normalised === UNREADABLE ? null : normalised;
}

/** Whether an extracted value is right against its label (null: the document has none). A blank label matches nothing. */
export function fieldMatches(field: string, predicted: string | null | undefined, gold: string | null | undefined): boolean {
  if (gold !== null && gold !== undefined && gold.trim() === "") return false;
  const p = comparable(field, predicted);
  const g = comparable(field, gold);
  return p !== UNREADABLE && g !== UNREADABLE && p === g;
}
