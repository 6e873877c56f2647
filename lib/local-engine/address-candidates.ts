import { collapseWhitespace, linesSpan, type DocumentLine } from "@/lib/local-engine/document-lines";
import type { Candidate, Weights } from "@/lib/local-engine/ranker";
import { ADDRESS_WORD, CONTACT_WORD, LEGAL_SUFFIX, TITLE_WORD } from "@/lib/local-engine/receipt-vocabulary";

// Candidates for the issuer's address: runs of consecutive lines near the top, described by how
// address-like their lines are and by their borders (the business name above, a phone, tax id or
// title below). An address is a block, so a run that stops short or starts late is penalised.

const HEAD_LINES = 20;
const MAX_RUN = 6;
const POSTCODE = /\b\d{5}\b/;

function addressLike(text: string): boolean {
  const upper = text.toUpperCase();
  return (ADDRESS_WORD.test(upper) || POSTCODE.test(upper)) && !CONTACT_WORD.test(upper);
}

function borderLike(text: string): boolean {
  const upper = text.toUpperCase().trim();
  return CONTACT_WORD.test(upper) || TITLE_WORD.test(upper) || /\d{2,4}[-\s]?\d{6,8}/.test(upper) || /^\(?[A-Z]{0,3}\d{5,}/.test(upper);
}

export function addressCandidates(lines: DocumentLine[], company: { from: number; to: number } | null): Candidate[] {
  const head = lines.slice(0, HEAD_LINES).map((l) => l.text.trim());
  const candidates: Candidate[] = [];
  const afterCompany = company ? company.to + 1 : 0;
  for (let from = afterCompany; from < head.length; from++) {
    const gap = head.slice(afterCompany, from).filter((t) => !borderLike(t) && t.length > 0).length;
    for (let to = from; to < Math.min(head.length, from + MAX_RUN); to++) {
      const run = head.slice(from, to + 1);
      if (run.some((t) => t.length === 0)) break;
      const share = run.filter(addressLike).length / run.length;
      const count = run.length;
      candidates.push({
        value: collapseWhitespace(run.join(" ")),
        span: linesSpan(lines, from, to),
        features: {
          starts_after_company: gap === 0 ? 1 : 0,
          gap_lines: Math.min(gap, 5) / 5,
          address_share: share,
          first_address_like: addressLike(run[0]) ? 1 : 0,
          last_address_like: addressLike(run[count - 1]) ? 1 : 0,
          has_postcode: run.some((t) => POSTCODE.test(t)) ? 1 : 0,
          contains_border: run.some(borderLike) ? 1 : 0,
          contains_business: run.some((t) => LEGAL_SUFFIX.test(t.toUpperCase())) ? 1 : 0,
          next_is_border: to + 1 >= head.length || borderLike(head[to + 1]) ? 1 : 0,
          next_address_like: to + 1 < head.length && addressLike(head[to + 1]) ? 1 : 0,
          previous_address_like: from > afterCompany && addressLike(head[from - 1]) ? 1 : 0,
          ends_with_comma: /,$/.test(run[count - 1]) ? 1 : 0,
          one_line: count === 1 ? 1 : 0,
          many_lines: count >= 5 ? 1 : 0,
          line_count: count / MAX_RUN,
        },
      });
    }
  }
  return candidates;
}

export const ADDRESS_PRIOR: Weights = {
  starts_after_company: 1.5, gap_lines: -2, address_share: 2, first_address_like: 1, last_address_like: 1,
  has_postcode: 1.5, contains_border: -3, contains_business: -2, next_is_border: 1.5, next_address_like: -1.5,
  previous_address_like: -1.5, ends_with_comma: -1, one_line: -0.5, many_lines: -0.5,
};
