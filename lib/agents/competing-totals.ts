import { formatCents, findAmounts } from "@/lib/local-engine/amounts";
import { splitLines } from "@/lib/local-engine/document-lines";

// Two different amounts both labelled as the total ("TOTAL 120.00" … "TOTAL 102.00") that the
// subtotal and tax cannot settle: the uploader, who paid, can. Qualified totals (subtotal,
// quantity, tax, savings) are different figures and do not compete.

const TOTAL_LABEL = /\b(GRAND\s*)?TOTAL\b|\bJUMLAH\b|\bAMOUNT\s+(DUE|PAYABLE)\b/i;
const NOT_THE_TOTAL = /SUB[\s-]*TOTAL|TOTAL\s*(QTY|QUANTITY|ITEMS?|UNITS?|PCS|SAVINGS?|DISCOUNT|DISC|TAX|GST|SST|VAT|EXCL)|EXCL|BEFORE\s+(TAX|GST)|\bCHANGE\b|\bCASH\b|\bTENDER/i;

export interface CompetingTotals {
  /** Distinct candidate amounts as decimals ("120.00"), in document order. */
  options: string[];
}

export function findCompetingTotals(text: string, settled: { subtotalCents: number | null; taxCents: number | null }): CompetingTotals | null {
  const lines = splitLines(text);
  const amounts = findAmounts(lines);
  const candidates: number[] = [];
  for (const line of lines) {
    if (!TOTAL_LABEL.test(line.text) || NOT_THE_TOTAL.test(line.text)) continue;
    const onLine = amounts.filter((a) => a.lineIndex === line.index && a.cents > 0);
    const last = onLine[onLine.length - 1];
    if (last && !candidates.includes(last.cents)) candidates.push(last.cents);
  }
  if (candidates.length < 2) return null;
  if (settled.subtotalCents !== null && settled.taxCents !== null) {
    const expected = settled.subtotalCents + settled.taxCents;
    if (candidates.filter((c) => Math.abs(c - expected) <= 5).length === 1) return null;
  }
  return { options: candidates.slice(0, 4).map(formatCents) };
}
