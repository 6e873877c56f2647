import { parseAmountCents } from "@/lib/local-engine/amounts";
import { parseDateToIso } from "@/lib/local-engine/dates";

// Exact match after normalisation: text trimmed, whitespace-collapsed and case-folded; dates
// compared as ISO (day-first where ambiguous); amounts compared as numbers.

const DATE_FIELDS = new Set(["date", "due_date"]);
const AMOUNT_FIELDS = new Set(["total", "subtotal", "tax"]);

export function isDateOrAmount(field: string): boolean {
  return DATE_FIELDS.has(field) || AMOUNT_FIELDS.has(field);
}

export function normaliseFieldValue(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value.replace(/\s+/g, " ").trim();
  if (text === "") return null;
  if (DATE_FIELDS.has(field)) return parseDateToIso(text) ?? text.toLowerCase();
  if (AMOUNT_FIELDS.has(field)) {
    const cents = parseAmountCents(text.replace(/^[^\d-]+/, ""));
    return cents === null ? text.toLowerCase() : String(cents);
  }
  return text.toLowerCase();
}

export function fieldMatches(field: string, predicted: string | null | undefined, gold: string | null | undefined): boolean {
  return normaliseFieldValue(field, predicted) === normaliseFieldValue(field, gold);
}
