import { labelAmounts, type LabelledAmount } from "@/lib/local-engine/amount-labels";
import { formatCents, type AmountMention } from "@/lib/local-engine/amounts";
import type { DocumentLine } from "@/lib/local-engine/document-lines";
import type { Candidate, Features, Weights } from "@/lib/local-engine/ranker";
import { AMOUNT_LABELS, type AmountLabel } from "@/lib/local-engine/receipt-vocabulary";

// Candidates for the amount fields (total, subtotal, tax): every money-looking number, described
// by the words that label it, where it sits, and the arithmetic it takes part in (tender − change,
// subtotal + tax, cash rounding to the nearest 5 cents).

function has(a: LabelledAmount, kind: AmountLabel): boolean {
  return AMOUNT_LABELS[kind].test(a.label);
}

const ROUNDING_STEP = 5;
const ROUNDING_REACH = 4;

export function amountCandidates(lines: DocumentLine[], amounts: AmountMention[]): Candidate[] {
  const labelled = labelAmounts(lines, amounts);
  const lastLine = Math.max(1, lines.length - 1);
  const isPayment = (a: LabelledAmount) => has(a, "tendered") || has(a, "change");
  const positives = labelled.filter((a) => a.cents > 0);
  const maxAll = Math.max(0, ...positives.map((a) => a.cents));
  const maxUnpaid = Math.max(0, ...positives.filter((a) => !isPayment(a)).map((a) => a.cents));
  const distinctDesc = [...new Set(positives.map((a) => a.cents))].sort((a, b) => b - a);
  const counts = new Map<number, number>();
  for (const a of labelled) counts.set(a.cents, (counts.get(a.cents) ?? 0) + 1);
  const values = new Set(labelled.map((a) => a.cents));
  const tendered = labelled.filter((a) => has(a, "tendered") && !has(a, "change"));
  const change = labelled.filter((a) => has(a, "change"));
  const bases = labelled.filter((a) => has(a, "subtotal") || has(a, "excluding"));
  const adjustments = labelled.filter((a) => has(a, "tax") || has(a, "rounding"));
  const summaryLine = lines.findIndex((l) => AMOUNT_LABELS.summary.test(l.text.toUpperCase()));

  return labelled.map((a, i) => {
    const v = a.cents;
    const next = labelled[i + 1];
    const near = (u: number) => u !== v && Math.abs(u - v) <= ROUNDING_REACH;
    const features: Features = {
      label_on_line: a.source === "line" ? 1 : 0,
      label_in_column: a.source === "column" ? 1 : 0,
      label_above: a.source === "above" ? 1 : 0,
      unlabelled: a.source === "none" ? 1 : 0,
      is_max: v === maxAll && v > 0 ? 1 : 0,
      is_max_unpaid: v === maxUnpaid && v > 0 ? 1 : 0,
      rank_inverse: v > 0 ? 1 / (1 + distinctDesc.indexOf(v)) : 0,
      repeats: Math.min((counts.get(v) ?? 1) - 1, 3) / 3,
      tender_minus_change: tendered.some((t) => change.some((c) => t.cents - c.cents === v && t.cents >= v)) ? 1 : 0,
      // Unlabelled layouts: a tender and its change printed one after the other, after the total.
      adjacent_difference: labelled.some((t, k) => k > i && labelled[k + 1] && t.cents > v && t.cents - labelled[k + 1].cents === v)
        ? 1
        : 0,
      adjacent_sum: labelled.some((t, k) => k !== i && k + 1 !== i && labelled[k + 1] && t.cents > 0 && labelled[k + 1].cents > 0 && t.cents + labelled[k + 1].cents === v)
        ? 1
        : 0,
      base_plus_adjustment: bases.some(
        (s) =>
          s.cents !== v &&
          adjustments.some((t, j) => s.cents + t.cents === v || adjustments.some((r, k) => k > j && s.cents + t.cents + r.cents === v)),
      )
        ? 1
        : 0,
      rounded_of_nearby: v % ROUNDING_STEP === 0 && [...values].some((u) => near(u) && u % ROUNDING_STEP !== 0) ? 1 : 0,
      has_rounded_nearby: v % ROUNDING_STEP !== 0 && [...values].some((u) => near(u) && u % ROUNDING_STEP === 0) ? 1 : 0,
      after_summary_header: summaryLine !== -1 && a.lineIndex > summaryLine ? 1 : 0,
      relative_position: a.lineIndex / lastLine,
      currency_marked: a.currencySymbol || /\b(RM|MYR|USD|EUR)\b|[$€£]/.test(lines[a.lineIndex].text) ? 1 : 0,
      has_decimals: a.hasDecimals ? 1 : 0,
      zero: v === 0 ? 1 : 0,
      negative: v < 0 ? 1 : 0,
      followed_by_payment: next && isPayment(next) ? 1 : 0,
    };
    for (const kind of Object.keys(AMOUNT_LABELS) as AmountLabel[]) features[`label_${kind}`] = has(a, kind) ? 1 : 0;
    return { value: formatCents(v), span: { start: a.start, end: a.end }, features };
  });
}

/** The "no such amount on this document" option for optional amount fields. */
export const ABSENT_CANDIDATE: Candidate = { value: null, span: null, features: { absent: 1 } };

export const TOTAL_PRIOR: Weights = {
  label_totalStrong: 3, label_total: 1.5, label_subtotal: -2.5, label_excluding: -2.5, label_including: 1,
  label_tax: -2, label_tendered: -2.5, label_change: -3, label_discount: -2.5, label_rounding: -2.5,
  label_quantity: -2.5, label_unitPrice: -1, unlabelled: -0.5, is_max_unpaid: 1.5, repeats: 1,
  tender_minus_change: 2, adjacent_difference: 1, base_plus_adjustment: 1.5, rounded_of_nearby: 1,
  has_rounded_nearby: -1, after_summary_header: -1, relative_position: 1, currency_marked: 0.3, has_decimals: 1,
  zero: -3, negative: -3, followed_by_payment: 1,
};

export const SUBTOTAL_PRIOR: Weights = {
  absent: 3, label_subtotal: 5, label_excluding: 3, label_totalStrong: -1, label_tax: -1.5, label_tendered: -3,
  label_change: -3, label_discount: -2, label_rounding: -2, label_quantity: -3, after_summary_header: -1,
  unlabelled: -1, has_decimals: 1, zero: -2, negative: -3,
};

export const TAX_PRIOR: Weights = {
  absent: 3, label_tax: 5, label_totalStrong: -2, label_subtotal: -2, label_tendered: -3, label_change: -3,
  label_quantity: -3, unlabelled: -1, has_decimals: 1, is_max: -2, negative: -3, zero: -1,
};
