import type { InvoiceContext } from "@/lib/local-engine/invoice-context";
import { NUMBER_LABELS } from "@/lib/local-engine/invoice-vocabulary";
import type { Candidate, Weights } from "@/lib/local-engine/ranker";

// Candidates for the invoice number in any of the four languages: an id-like token after a
// number label or a document title ("Rechnungsnummer: 2014-03", "FACTURE N° : F20220023",
// "Invoice INV/2023/03/0008", "Nr. 471102 vom …"), in the label's cell, the next cell to the
// right, or the cells just below it (captions above values).

const LABEL = new RegExp(`${NUMBER_LABELS.invoiceNumber.source}|(?:^|\\s)(?:\\S*rechnung|invoice|facture|factuur|avoir|gutschrift)\\b|\\b(?:nr|no|n°|nº|number|nummer|num[ée]ro)\\b\\.?|n°|#`, "giu");
const ID = /^[\s:.#°-]*((?:[A-Z0-9#][A-Z0-9_/.-]*[A-Z0-9])|\d)(?=$|\s|[,;)])/iu;

type Found = { value: string; start: number; where: "same" | "right" | "below" };

function idAfter(text: string, from: number, absolute: number): Found | null {
  const m = ID.exec(text.slice(from));
  if (!m || !/\d/.test(m[1]) || m[1].length < 2 || /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(m[1])) return null;
  return { value: m[1], start: absolute + from + m[0].length - m[1].length, where: "same" };
}

export function invoiceNumberLabelCandidates(ctx: InvoiceContext): Candidate[] {
  const candidates: Candidate[] = [];
  const counts = new Map<string, number>();
  for (const token of ctx.text.match(/[A-Z0-9][A-Z0-9_/.-]*[A-Z0-9]/giu) ?? []) counts.set(token, (counts.get(token) ?? 0) + 1);
  const lastLine = Math.max(1, ctx.lines.length - 1);
  for (const row of ctx.cells) {
    for (const [ci, cell] of row.entries()) {
      for (const label of cell.text.matchAll(LABEL)) {
        const labelText = cell.text.slice(0, label.index + label[0].length);
        const after = label.index + label[0].length;
        let found = idAfter(cell.text, after, cell.start);
        const rest = cell.text.slice(after).replace(/[\s:.#°-]/g, "");
        if (!found && rest === "" && row[ci + 1]) {
          const next = idAfter(row[ci + 1].text, 0, row[ci + 1].start);
          if (next) found = { ...next, where: "right" };
        }
        if (!found && rest === "") {
          for (let k = cell.lineIndex + 1; k <= cell.lineIndex + 2 && !found; k++) {
            const below = (ctx.cells[k] ?? []).find((c) => c.colEnd >= cell.col - 2 && c.col <= cell.colEnd + 60);
            const next = below ? idAfter(below.text, 0, below.start) : null;
            if (next && below && below.text.trim().length === next.value.length + (below.text.length - below.text.trimStart().length)) found = { ...next, where: "below" };
          }
        }
        if (!found) continue;
        const value = found.value.replace(/^#/, "") === found.value ? found.value : found.value;
        const digits = (value.match(/\d/g) ?? []).length;
        candidates.push({
          value,
          span: { start: found.start, end: found.start + value.length },
          features: {
            label_invoice: NUMBER_LABELS.invoiceNumber.test(labelText) ? 1 : 0,
            label_title: NUMBER_LABELS.title.test(cell.text.trim()) || NUMBER_LABELS.title.test(labelText.trim()) ? 1 : 0,
            label_number_word: NUMBER_LABELS.numberWord.test(label[0]) ? 1 : 0,
            label_other: NUMBER_LABELS.other.test(labelText) ? 1 : 0,
            value_same: found.where === "same" ? 1 : 0,
            value_right: found.where === "right" ? 1 : 0,
            value_below: found.where === "below" ? 1 : 0,
            digit_share: digits / value.length,
            has_letters: /\p{L}/u.test(value) ? 1 : 0,
            short: value.length <= 3 ? 1 : 0,
            long: value.length >= 15 ? 1 : 0,
            repeats: Math.min((counts.get(value) ?? 1) - 1, 3) / 3,
            relative_position: cell.lineIndex / lastLine,
            date_like: /^\d{4}-\d{2}(-\d{2})?$/.test(value) ? 1 : 0,
          },
        });
      }
    }
  }
  return candidates;
}

export const INVOICE_ID_PRIOR: Weights = {
  absent: 0.5, label_invoice: 3, label_title: 1.5, label_number_word: 0.5, label_other: -2.5, value_same: 0.5, value_right: 0.5, value_below: 0.3,
  digit_share: 1, has_letters: 0, short: -0.5, long: -0.5, repeats: 0.3, relative_position: -1, date_like: -0.5,
};
