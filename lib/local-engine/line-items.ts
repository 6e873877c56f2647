import { formatCents, type AmountMention } from "@/lib/local-engine/amounts";
import { collapseWhitespace, type DocumentLine } from "@/lib/local-engine/document-lines";
import { AMOUNT_LABELS, normaliseLabel } from "@/lib/local-engine/receipt-vocabulary";
import type { ExtractedLineItem } from "@/lib/schemas/agent-outputs";

// Line items between the column header ("ITEM QTY PRICE AMOUNT") and the first subtotal/total
// line. A description is followed by its figures, on the same line or on the next few lines
// (OCR often splits columns). The items are trusted only when they add up to the subtotal or
// total: that check, not the layout guess, is what the confidence reflects.

const HEADER_WORD = /\b(ITEM|ITEMS|DESCRIPTION|DESC|PRODUCT|QTY|QUANTITY|PRICE|AMOUNT|AMT|UNIT)\b/g;
const QUANTITY = /(?:^|\s)(?:X\s*)?(\d{1,3})(?:\s*(?:X|@|PCS|UNITS?)\b|\s*$)/i;

type Draft = { description: string; from: number; to: number; amounts: AmountMention[]; quantity: number | null };

function isHeader(text: string): boolean {
  return new Set(text.toUpperCase().match(HEADER_WORD) ?? []).size >= 2;
}

function endsItems(text: string): boolean {
  const label = normaliseLabel(text);
  return AMOUNT_LABELS.subtotal.test(label) || AMOUNT_LABELS.totalStrong.test(label) || /\bTOTAL\b/.test(label);
}

function descriptionOf(text: string, mentions: AmountMention[], line: DocumentLine): string {
  let rest = text;
  for (const m of [...mentions].sort((a, b) => b.start - a.start))
    rest = rest.slice(0, m.start - line.start) + rest.slice(m.end - line.start);
  return collapseWhitespace(rest.replace(QUANTITY, " ").replace(/[:@]|\bX\b/gi, " "));
}

/** How a document's item table starts and ends (receipt vocabulary unless a specialist says otherwise). */
export type TableVocabulary = { isHeader(text: string): boolean; endsItems(text: string): boolean };
const RECEIPT_TABLE: TableVocabulary = { isHeader, endsItems };

export function extractLineItems(
  lines: DocumentLine[],
  amounts: AmountMention[],
  checkTotals: Array<number | null>,
  table: TableVocabulary = RECEIPT_TABLE,
): ExtractedLineItem[] {
  const header = lines.findIndex((l) => table.isHeader(l.text));
  if (header === -1) return [];
  const drafts: Draft[] = [];
  for (const line of lines.slice(header + 1)) {
    if (table.endsItems(line.text)) break;
    const mentions = amounts.filter((a) => a.lineIndex === line.index);
    const description = descriptionOf(line.text, mentions, line);
    const words = (description.match(/\p{L}{2,}/gu) ?? []).length;
    const quantity = Number(QUANTITY.exec(line.text)?.[1] ?? NaN);
    if (words > 0) {
      drafts.push({ description, from: line.index, to: line.index, amounts: mentions, quantity: Number.isNaN(quantity) ? null : quantity });
    } else if (drafts.length > 0) {
      const last = drafts[drafts.length - 1];
      last.to = line.index;
      last.amounts.push(...mentions);
      if (last.quantity === null && mentions.length === 0 && !Number.isNaN(quantity)) last.quantity = quantity;
    }
  }
  const items = drafts.filter((d) => d.amounts.length > 0);
  const sum = items.reduce((s, d) => s + d.amounts[d.amounts.length - 1].cents, 0);
  const balances = items.length > 0 && checkTotals.some((t) => t !== null && t === sum);
  return items.map((d) => {
    const amount = d.amounts[d.amounts.length - 1];
    const unit = d.amounts.length > 1 ? d.amounts[d.amounts.length - 2] : null;
    return {
      description: d.description,
      quantity: d.quantity,
      unitPrice: unit ? formatCents(unit.cents) : null,
      amount: formatCents(amount.cents),
      confidence: balances ? 0.9 : 0.3,
      source: { start: lines[d.from].start, end: lines[d.to].end },
    };
  });
}
