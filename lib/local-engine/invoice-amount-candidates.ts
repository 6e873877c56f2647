import { formatCents } from "@/lib/local-engine/amounts";
import type { InvoiceContext } from "@/lib/local-engine/invoice-context";
import { INVOICE_AMOUNT_LABELS, type InvoiceAmountLabel } from "@/lib/local-engine/invoice-vocabulary";
import { aboveLabel, cellAt, leftLabel, ownLabel } from "@/lib/local-engine/layout-cells";
import type { Candidate, Features, Weights } from "@/lib/local-engine/ranker";

// Candidates for an invoice's total (gross), subtotal (net) and tax: every amount, described by
// the label in its cell or the worded cell left of it, the column header above it, and the
// arithmetic it takes part in (net + tax = gross), so a layout never seen before still adds up.

const KINDS = Object.keys(INVOICE_AMOUNT_LABELS) as InvoiceAmountLabel[];

export type AmountLabelling = { line: string; above: string };

export function amountLabelling(ctx: InvoiceContext): AmountLabelling[] {
  return ctx.amounts.map((a) => {
    const cell = cellAt(ctx.cells, a.lineIndex, a.start);
    const own = ownLabel(cell, a.start);
    const left = own ? null : leftLabel(ctx.cells, a.lineIndex, a.start);
    const line = own || left?.text || "";
    const col = a.start - ctx.lines[a.lineIndex].start;
    const above = aboveLabel(ctx.cells, a.lineIndex, col, col + (a.end - a.start))?.text ?? "";
    return { line, above };
  });
}

export function invoiceAmountCandidates(ctx: InvoiceContext): Candidate[] {
  const labels = amountLabelling(ctx);
  const has = (i: number, kind: InvoiceAmountLabel, where: "line" | "above") => INVOICE_AMOUNT_LABELS[kind].test(labels[i][where]);
  const lastLine = Math.max(1, ctx.lines.length - 1);
  const positives = ctx.amounts.filter((a) => a.cents > 0).map((a) => a.cents);
  const maxAbs = Math.max(0, ...ctx.amounts.map((a) => Math.abs(a.cents)));
  const distinct = [...new Set(ctx.amounts.map((a) => Math.abs(a.cents)))].sort((a, b) => b - a);
  const counts = new Map<number, number>();
  for (const a of ctx.amounts) counts.set(a.cents, (counts.get(a.cents) ?? 0) + 1);
  const perLine = new Map<number, number>();
  for (const a of ctx.amounts) perLine.set(a.lineIndex, (perLine.get(a.lineIndex) ?? 0) + 1);
  const labelled = (kind: InvoiceAmountLabel) => new Set(ctx.amounts.filter((_, i) => has(i, kind, "line") || has(i, kind, "above")).map((a) => a.cents));
  const nets = labelled("net");
  const taxes = labelled("tax");
  const grosses = labelled("gross");
  const values = [...new Set(ctx.amounts.map((a) => a.cents))];
  const near = (x: number, set: Iterable<number>) => [...set].some((y) => Math.abs(x - y) <= 1);

  return ctx.amounts.map((a, i) => {
    const v = a.cents;
    const row = ctx.cells[a.lineIndex];
    const lineText = ctx.lines[a.lineIndex].text;
    const features: Features = {
      unlabelled: labels[i].line === "" && labels[i].above === "" ? 1 : 0,
      is_max: Math.abs(v) === maxAbs && v !== 0 ? 1 : 0,
      rank_inverse: v !== 0 ? 1 / (1 + distinct.indexOf(Math.abs(v))) : 0,
      repeats: Math.min((counts.get(v) ?? 1) - 1, 3) / 3,
      net_plus_tax: [...nets].some((n) => n !== v && near(v - n, taxes)) ? 1 : 0,
      sum_of_two: values.some((x) => x !== v && x !== 0 && values.some((y) => y !== v && y !== 0 && y !== x && Math.abs(x + y - v) <= 1)) ? 1 : 0,
      is_net_part: [...grosses].some((g) => g !== v && values.some((t) => t !== 0 && t !== v && Math.abs(v + t - g) <= 1)) ? 1 : 0,
      is_tax_part: [...grosses].some((g) => g !== v && values.some((n) => n > Math.abs(v) && Math.abs(n + v - g) <= 1)) ? 1 : 0,
      tax_of_rate: /(\d{1,2}(?:[.,]\d{1,2})?)\s*%/.test(lineText) && rateTax(lineText, v, values) ? 1 : 0,
      below_max: positives.length > 0 && v > 0 && v < Math.max(...positives) ? 1 : 0,
      relative_position: a.lineIndex / lastLine,
      currency_marked: a.currencySymbol || /\b(EUR|USD|GBP|CHF|INR|DEM)\b|[€$£₹]/.test(lineText) ? 1 : 0,
      has_decimals: a.hasDecimals ? 1 : 0,
      zero: v === 0 ? 1 : 0,
      negative: v < 0 ? 1 : 0,
      table_row: (perLine.get(a.lineIndex) ?? 0) >= 3 ? 1 : 0,
      last_in_row: row.length > 0 && row[row.length - 1].end >= a.end ? 1 : 0,
    };
    for (const kind of KINDS) {
      features[`line_${kind}`] = has(i, kind, "line") ? 1 : 0;
      features[`above_${kind}`] = has(i, kind, "above") ? 1 : 0;
    }
    return { value: formatCents(v), span: { start: a.start, end: a.end }, features };
  });
}

/**
 * Tax (or net) split over several rates and never printed as one figure: the sum of the amounts
 * labelled that way on different lines, offered as one more candidate.
 */
export function summedCandidate(ctx: InvoiceContext, kind: "tax" | "net"): Candidate | null {
  const labels = amountLabelling(ctx);
  const lastPerLine = new Map<number, number>();
  ctx.amounts.forEach((a, i) => {
    if (INVOICE_AMOUNT_LABELS[kind].test(labels[i].line) && !INVOICE_AMOUNT_LABELS.gross.test(labels[i].line) && a.cents > 0) lastPerLine.set(a.lineIndex, i);
  });
  if (lastPerLine.size < 2) return null;
  const picked = [...lastPerLine.values()].map((i) => ctx.amounts[i]);
  const sum = picked.reduce((s, a) => s + a.cents, 0);
  if (ctx.amounts.some((a) => a.cents === sum)) return null;
  return { value: formatCents(sum), span: { start: picked[0].start, end: picked[picked.length - 1].end }, features: { summed: 1, [`line_${kind}`]: 1, has_decimals: 1 } };
}

// "19% MwSt. aus 100,00" → 19,00: the amount is the printed rate applied to another amount.
function rateTax(lineText: string, v: number, values: number[]): boolean {
  const rates = [...lineText.matchAll(/(\d{1,2}(?:[.,]\d{1,2})?)\s*%/g)].map((m) => Number(m[1].replace(",", ".")));
  return rates.some((r) => r > 0 && values.some((base) => base !== v && Math.abs(Math.round((base * r) / 100) - v) <= 1));
}

export const INVOICE_TOTAL_PRIOR: Weights = {
  line_gross: 3, line_total: 1.5, line_net: -2, line_tax: -2, line_paid: -1, line_discount: -2, line_charge: -1.5, line_unit: -2,
  line_line: -1, above_gross: 1.5, above_total: 0.5, above_net: -1, above_tax: -1, above_unit: -1.5, unlabelled: -0.5, is_max: 1.5,
  rank_inverse: 1, repeats: 1, net_plus_tax: 2, sum_of_two: 0.5, is_net_part: -0.5, is_tax_part: -1, tax_of_rate: -1.5, relative_position: 0.5,
  currency_marked: 0.3, has_decimals: 1, zero: -3, negative: -1, table_row: -0.5, last_in_row: 0.3,
};

export const INVOICE_NET_PRIOR: Weights = {
  absent: 2, summed: 0.5, line_net: 3, line_gross: -1.5, line_tax: -1, line_total: 0.3, line_unit: -2, line_discount: -2, above_net: 1.5, above_gross: -1,
  is_net_part: 2, is_max: -0.5, rank_inverse: 0.5, repeats: 0.5, unlabelled: -1, has_decimals: 1, zero: -2, table_row: -0.3, tax_of_rate: -1,
};

export const INVOICE_TAX_PRIOR: Weights = {
  absent: 2, summed: 0.5, line_tax: 3, line_rate: 0.5, line_gross: -1.5, line_net: -1.5, line_unit: -2, above_tax: 1.5, is_tax_part: 2, tax_of_rate: 1.5,
  is_max: -2, unlabelled: -1, has_decimals: 1, zero: -0.5,
};
