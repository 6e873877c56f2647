import type { DateMention } from "@/lib/local-engine/dates";
import type { DocumentLine } from "@/lib/local-engine/document-lines";
import type { Candidate, Weights } from "@/lib/local-engine/ranker";
import { DATE_LABEL, DUE_LABEL } from "@/lib/local-engine/receipt-vocabulary";

// Candidates for the document date: every fully specified date, described by its label
// ("DATE:", "DUE"), whether a time sits beside it, its position, and how often it recurs.

export function dateCandidates(lines: DocumentLine[], dates: DateMention[], today: Date): Candidate[] {
  const lastLine = Math.max(1, lines.length - 1);
  const counts = new Map<string, number>();
  for (const d of dates) counts.set(d.iso, (counts.get(d.iso) ?? 0) + 1);
  const horizon = new Date(Date.UTC(today.getUTCFullYear() + 1, today.getUTCMonth(), today.getUTCDate()))
    .toISOString()
    .slice(0, 10);
  return dates.map((d, i) => {
    const line = lines[d.lineIndex];
    const own = line.text.toUpperCase();
    const above = (lines[d.lineIndex - 1]?.text ?? "").toUpperCase();
    const year = Number(d.iso.slice(0, 4));
    return {
      value: d.iso,
      span: { start: d.start, end: d.end },
      features: {
        label_date: DATE_LABEL.test(own) ? 1 : 0,
        label_date_above: !DATE_LABEL.test(own) && DATE_LABEL.test(above) ? 1 : 0,
        label_due: DUE_LABEL.test(own) || DUE_LABEL.test(above) ? 1 : 0,
        with_time: d.hasTime ? 1 : 0,
        month_named: d.monthNamed ? 1 : 0,
        four_digit_year: d.fourDigitYear ? 1 : 0,
        ambiguous_order: d.ambiguousOrder ? 1 : 0,
        implausible_year: year < 1990 || d.iso > horizon ? 1 : 0,
        relative_position: d.lineIndex / lastLine,
        first_date: i === 0 ? 1 : 0,
        repeats: Math.min((counts.get(d.iso) ?? 1) - 1, 3) / 3,
        fills_line: (d.end - d.start) / Math.max(1, line.text.trim().length),
      },
    };
  });
}

export const DATE_PRIOR: Weights = {
  label_date: 2, label_date_above: 1, label_due: -3, with_time: 1, four_digit_year: 0.3, implausible_year: -4,
  first_date: 0.5, repeats: 0.5, relative_position: -0.3,
};
