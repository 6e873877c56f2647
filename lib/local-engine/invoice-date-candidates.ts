import type { InvoiceContext } from "@/lib/local-engine/invoice-context";
import { DATE_LABELS, NUMBER_LABELS } from "@/lib/local-engine/invoice-vocabulary";
import { aboveLabel, cellAt, leftLabel, ownLabel } from "@/lib/local-engine/layout-cells";
import type { Candidate, Weights } from "@/lib/local-engine/ranker";

// Candidates for the issue date and the due date: every full date, described by its label
// (issue, due, delivery/service period, order), whether it sits beside the invoice number, its
// place among the document's dates, and how often it recurs.

type DateKind = keyof typeof DATE_LABELS;
const KINDS = Object.keys(DATE_LABELS) as DateKind[];

export function invoiceDateCandidates(ctx: InvoiceContext): Candidate[] {
  const lastLine = Math.max(1, ctx.lines.length - 1);
  const counts = new Map<string, number>();
  for (const d of ctx.dates) counts.set(d.iso, (counts.get(d.iso) ?? 0) + 1);
  const sorted = [...new Set(ctx.dates.map((d) => d.iso))].sort();
  const horizon = `${ctx.referenceDate.getUTCFullYear() + 1}-12-31`;
  return ctx.dates.map((d, i) => {
    const cell = cellAt(ctx.cells, d.lineIndex, d.start);
    const own = ownLabel(cell, d.start);
    const left = own ? "" : (leftLabel(ctx.cells, d.lineIndex, d.start)?.text ?? "");
    const col = d.start - ctx.lines[d.lineIndex].start;
    const above = own || left ? "" : (aboveLabel(ctx.cells, d.lineIndex, col, col + d.end - d.start, 2)?.text ?? "");
    const label = own || left;
    const lineText = ctx.lines[d.lineIndex].text;
    const year = Number(d.iso.slice(0, 4));
    const features: Record<string, number> = {
      unlabelled: label === "" && above === "" ? 1 : 0,
      with_invoice_label: NUMBER_LABELS.invoiceNumber.test(lineText) || NUMBER_LABELS.title.test(lineText.trim()) ? 1 : 0,
      in_range: /\d\s*[-–]\s*\d|\bbis\b|\bau\b|\btot\b|\bto\b/.test(lineText.slice(Math.max(0, d.start - ctx.lines[d.lineIndex].start - 4), d.end - ctx.lines[d.lineIndex].start + 5)) ? 1 : 0,
      first_date: i === 0 ? 1 : 0,
      earliest: d.iso === sorted[0] ? 1 : 0,
      latest: d.iso === sorted[sorted.length - 1] && sorted.length > 1 ? 1 : 0,
      repeats: Math.min((counts.get(d.iso) ?? 1) - 1, 3) / 3,
      relative_position: d.lineIndex / lastLine,
      month_named: d.monthNamed ? 1 : 0,
      implausible_year: year < 1990 || d.iso > horizon ? 1 : 0,
    };
    for (const kind of KINDS) {
      features[`label_${kind}`] = DATE_LABELS[kind].test(label) ? 1 : 0;
      features[`above_${kind}`] = DATE_LABELS[kind].test(above) ? 1 : 0;
    }
    return { value: d.iso, span: { start: d.start, end: d.end }, features };
  });
}

export const INVOICE_DATE_PRIOR: Weights = {
  label_issue: 2, above_issue: 1, label_due: -2.5, above_due: -1.5, label_delivery: -1.5, above_delivery: -1, label_order: -1.5, label_other: -2,
  with_invoice_label: 1.5, in_range: -1.5, first_date: 0.5, earliest: 0.3, latest: -0.3, repeats: 0.5, relative_position: -0.5, implausible_year: -3,
};

export const INVOICE_DUE_PRIOR: Weights = {
  absent: 2, label_due: 3, above_due: 2, label_issue: -1, label_delivery: -1.5, label_order: -2, with_invoice_label: -1, in_range: -1, latest: 0.5,
  implausible_year: -3,
};
