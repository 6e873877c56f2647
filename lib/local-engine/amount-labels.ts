import type { AmountMention } from "@/lib/local-engine/amounts";
import type { DocumentLine } from "@/lib/local-engine/document-lines";
import { AMOUNT_LABELS, normaliseLabel } from "@/lib/local-engine/receipt-vocabulary";

// Which words label each amount. OCR of receipts yields three layouts: label and value on one
// line ("TOTAL : 327.00"); label on the line above ("TOTAL :" / ":" / "327.00"); and columns read
// one after the other — a block of labels, later a block of values — paired in order.

export type LabelSource = "line" | "column" | "above" | "none";
export type LabelledAmount = AmountMention & { label: string; source: LabelSource };

type LineKind = "label" | "value" | "filler" | "other";

// Tax codes and currency words that sit beside values without labelling them ("RM3.20 SR").
const VALUE_NOISE = /\b(RM|MYR|USD|SR|ZR|S|T|Z|E|X|TX|NT)\b|[:$€£()*]/gi;
const MAX_COLUMN_GAP = 15;

function withoutAmounts(line: DocumentLine, mentions: AmountMention[]): string {
  let text = line.text;
  for (const m of mentions) text = text.slice(0, m.start - line.start) + " ".repeat(m.end - m.start) + text.slice(m.end - line.start);
  return text;
}

function lineKinds(lines: DocumentLine[], byLine: Map<number, AmountMention[]>): LineKind[] {
  return lines.map((line) => {
    const mentions = byLine.get(line.index) ?? [];
    const rest = withoutAmounts(line, mentions);
    if (mentions.length > 0) return rest.replace(VALUE_NOISE, "").trim() === "" ? "value" : "other";
    // "TOTAL QTY: 9" carries its own (count) value: not a label waiting for a column of amounts.
    if (/\p{L}{2,}/u.test(rest.replace(VALUE_NOISE, ""))) return /[:\s]\d+\s*$/.test(rest) ? "other" : "label";
    return /[\p{L}\d]/u.test(rest) ? "other" : "filler";
  });
}

function runs(kinds: LineKind[], kind: LineKind): Array<{ from: number; to: number }> {
  const found: Array<{ from: number; to: number }> = [];
  kinds.forEach((k, i) => {
    if (k !== kind) return;
    const last = found[found.length - 1];
    if (last && last.to === i - 1) last.to = i;
    else found.push({ from: i, to: i });
  });
  return found;
}

type Run = { from: number; to: number };

// How well a pairing of labels with values adds up: tender − change = total, base + tax = total,
// discounts and rounding small. Used to choose where a value block longer than its label block
// lines up (extra values may precede or follow the labelled ones).
function consistency(labels: string[], values: number[]): number {
  const of = (kind: keyof typeof AMOUNT_LABELS) => values.filter((_, k) => AMOUNT_LABELS[kind].test(labels[k]));
  const totals = values.filter((_, k) => /TOTAL|AMOUNT|DUE/.test(labels[k]) && !AMOUNT_LABELS.excluding.test(labels[k]) && !AMOUNT_LABELS.subtotal.test(labels[k]));
  const change = of("change");
  const tendered = values.filter((_, k) => AMOUNT_LABELS.tendered.test(labels[k]) && !AMOUNT_LABELS.change.test(labels[k]));
  const bases = [...of("excluding"), ...of("subtotal")];
  let score = 0;
  if (tendered.some((t) => change.some((c) => totals.includes(t - c)))) score += 2;
  if (bases.some((b) => of("tax").some((t) => totals.includes(b + t)))) score += 2;
  score += 0.5 * [...of("discount"), ...of("rounding")].filter((v) => Math.abs(v) < 100).length;
  if (tendered.some((t) => change.some((c) => c < t))) score += 0.5;
  return score;
}

/** Label text for value lines read as a column after a block of labels. */
function columnLabels(lines: DocumentLine[], kinds: LineKind[], cents: Map<number, number>): Map<number, string> {
  const assigned = new Map<number, string>();
  const valueRuns = runs(kinds, "value").filter((r) => r.to > r.from);
  for (const labels of runs(kinds, "label").filter((r) => r.to > r.from)) {
    const size = labels.to - labels.from + 1;
    const labelTexts = lines.slice(labels.from, labels.to + 1).map((l) => normaliseLabel(l.text));
    const after = valueRuns.filter((v) => v.from > labels.to && v.from - labels.to <= MAX_COLUMN_GAP && v.to - v.from + 1 >= size);
    let best: { run: Run; offset: number; score: number } | null = null;
    for (const run of after) {
      for (let offset = 0; offset <= run.to - run.from + 1 - size; offset++) {
        const values = labelTexts.map((_, k) => cents.get(run.from + offset + k) ?? 0);
        const score = consistency(labelTexts, values);
        if (!best || score > best.score) best = { run, offset, score };
      }
    }
    const exact = after.find((v) => v.to - v.from + 1 === size);
    const chosen = best && best.score > 0 ? best : exact ? { run: exact, offset: 0 } : null;
    if (!chosen) continue;
    for (let k = 0; k < size; k++) {
      const lineIndex = chosen.run.from + chosen.offset + k;
      if (!assigned.has(lineIndex)) assigned.set(lineIndex, lines[labels.from + k].text);
    }
  }
  return assigned;
}

export function labelAmounts(lines: DocumentLine[], amounts: AmountMention[]): LabelledAmount[] {
  const byLine = new Map<number, AmountMention[]>();
  for (const a of amounts) byLine.set(a.lineIndex, [...(byLine.get(a.lineIndex) ?? []), a]);
  const kinds = lineKinds(lines, byLine);
  const firstCents = new Map<number, number>();
  for (const a of amounts) if (!firstCents.has(a.lineIndex)) firstCents.set(a.lineIndex, a.cents);
  const columns = columnLabels(lines, kinds, firstCents);
  return amounts.map((mention) => {
    const line = lines[mention.lineIndex];
    const own = normaliseLabel(withoutAmounts(line, byLine.get(line.index) ?? []));
    if (kinds[line.index] !== "value" && /\p{L}{2,}/u.test(own.replace(VALUE_NOISE, "")))
      return { ...mention, label: own, source: "line" };
    const column = columns.get(line.index);
    if (column) return { ...mention, label: normaliseLabel(column), source: "column" };
    let above = line.index - 1;
    while (above >= 0 && kinds[above] === "filler") above--;
    if (above >= 0 && kinds[above] === "label") return { ...mention, label: normaliseLabel(lines[above].text), source: "above" };
    return { ...mention, label: "", source: "none" };
  });
}
