import { collapseWhitespace, linesSpan, type DocumentLine } from "@/lib/local-engine/document-lines";
import type { Candidate, Weights } from "@/lib/local-engine/ranker";
import {
  ADDRESS_WORD,
  BUSINESS_WORD,
  CONTACT_WORD,
  LEGAL_SUFFIX,
  RECIPIENT_LABEL,
  TITLE_WORD,
} from "@/lib/local-engine/receipt-vocabulary";

// Candidates for the issuing business: runs of one to three lines near the top, with the
// registration number that often follows the name cut off, described by legal suffixes,
// business words, position, and what surrounds them (address below, person's name above).

const HEAD_LINES = 15;
const MAX_RUN = 3;

// "(126926-H)", "273500-U (KSB)", "(CO. NO:20154-T)", "COMPANY NO: 20965-W", "(139386 X)".
const REGISTRATION =
  /[(\s]*(\b(CO(MPANY)?|REG(ISTRATION)?|ROC|BRN|NO)\b[.\s]*(REG|NO)?[.\s:]*)*[A-Z]{0,3}\d{4,}[\s-]?[A-Z]\b.*$/;
// A registration line has a keyword, parentheses or a check letter; bare digit runs are receipt numbers.
const REGISTRATION_LINE = /^(\(.*\d{4,}.*\)|((CO(MPANY)?|REG|ROC|NO|GST|ID|BRN)[.\s:-]*)+.*\d{4,}.*|[A-Z]{0,3}\d[\d\s]{3,}[\s-]?[A-Z])[)\s]*$/;
// A line that can only be the tail of a name: "& TEA LEAF…", "CO. (M) SDN BHD", "ALAM) SDN BHD", "(SEMENYIH) SDN BHD".
const CONTINUATION_START = /^(&|AND\b|CO\.|SDN\b|BHD\b|S\/B\b|\(M\))|^[^(]*\)|^\([^)]*\)\s*(SDN|BHD|S\/B|LTD|INC|PTE)\b/;
const POSTCODE = /\b\d{5}\b/;

// After a legal form, a bracketed or bare run with digits is the registration number however OCR
// garbled it ("SDN BHD (1393S6 X)", "SDN BHD (I39386"); stray quotes after it are specks.
const REGISTRATION_AFTER_LEGAL_FORM = new RegExp(String.raw`(${LEGAL_SUFFIX.source})\s*\(?[^()\p{L}]*\p{L}?\d[^()]*\)?\s*$`, "u");
const SPECKS_AFTER_LEGAL_FORM = new RegExp(String.raw`(${LEGAL_SUFFIX.source})\s*['"\u0060\u2019]+\s*$`, "u");

/** Brackets set the way print sets them: a space outside, none inside ("(KL)SDN" → "(KL) SDN"). */
function bracketSpacing(name: string): string {
  return name.replace(/\(\s+/g, "(").replace(/\s+\)/g, ")").replace(/(?<=[^\s(])\(/g, " (").replace(/\)(?=[\p{L}\d])/gu, ") ");
}

export function cleanCompanyName(text: string): { name: string; registrationCut: boolean } {
  const upper = text.toUpperCase();
  const cut = upper.replace(REGISTRATION, "").replace(REGISTRATION_AFTER_LEGAL_FORM, "$1");
  const kept = cut.replace(SPECKS_AFTER_LEGAL_FORM, "$1");
  const name = bracketSpacing(collapseWhitespace(text.slice(0, kept.length)).replace(/[\s,;:]+$/, ""));
  return { name, registrationCut: cut.length < upper.trimEnd().length };
}

function isRegistrationLine(text: string): boolean {
  return REGISTRATION_LINE.test(text.toUpperCase().trim());
}

function letterWords(text: string): number {
  return (text.match(/\p{L}{2,}/gu) ?? []).length;
}

export function companyCandidates(lines: DocumentLine[]): Candidate[] {
  const head = lines.slice(0, HEAD_LINES);
  const upper = head.map((l) => l.text.toUpperCase().trim());
  const businessLike = upper.map((t) => LEGAL_SUFFIX.test(t) || BUSINESS_WORD.test(t));
  const firstAddress = upper.findIndex((t) => (ADDRESS_WORD.test(t) || POSTCODE.test(t)) && !LEGAL_SUFFIX.test(t));
  const firstTextLine = upper.findIndex((t) => letterWords(t) >= 2 && !isRegistrationLine(t));
  const candidates: Candidate[] = [];

  for (let from = 0; from < head.length; from++) {
    for (let to = from; to < Math.min(head.length, from + MAX_RUN); to++) {
      const run = upper.slice(from, to + 1);
      if (run.some((t) => letterWords(t) === 0 || isRegistrationLine(t))) break;
      const rawText = head.slice(from, to + 1).map((l) => l.text).join(" ");
      const { name, registrationCut } = cleanCompanyName(rawText);
      if (letterWords(name) === 0) continue;
      // A cut registration number ends the name: longer runs would swallow what follows it.
      const cutInside = run.slice(0, -1).some((t) => cleanCompanyName(t).registrationCut);
      if (cutInside) break;
      const joined = name.toUpperCase();
      const next = upper[to + 1] ?? "";
      const digits = (joined.match(/\d/g) ?? []).length;
      const wordCount = joined.split(" ").length;
      const continuation =
        run.slice(1).some((t) => CONTINUATION_START.test(t)) ||
        run.slice(0, -1).some((t) => /&$|\bAND$|\([^)]*$/.test(t));
      candidates.push({
        value: name,
        span: nameSpan(lines, from, to, name),
        features: {
          first_line: from === 0 ? 1 : 0,
          first_text_line: from === firstTextLine ? 1 : 0,
          line_inverse: 1 / (1 + from),
          two_lines: to - from === 1 ? 1 : 0,
          three_lines: to - from === 2 ? 1 : 0,
          legal_suffix_end: new RegExp(`${LEGAL_SUFFIX.source}\\s*\\.?\\)?$`).test(joined) ? 1 : 0,
          legal_suffix: LEGAL_SUFFIX.test(joined) ? 1 : 0,
          business_word: BUSINESS_WORD.test(joined) ? 1 : 0,
          registration_cut: registrationCut ? 1 : 0,
          registration_follows: isRegistrationLine(next) ? 1 : 0,
          address_like: ADDRESS_WORD.test(joined) || POSTCODE.test(joined) ? 1 : 0,
          contact_like: CONTACT_WORD.test(joined) ? 1 : 0,
          title_like: TITLE_WORD.test(joined) ? 1 : 0,
          key_value: /\p{L}\s*[:#]\s*\S/u.test(joined) ? 1 : 0,
          digit_ratio: digits / Math.max(1, joined.replace(/\s/g, "").length),
          single_word: wordCount === 1 ? 1 : 0,
          many_words: wordCount > 8 ? 1 : 0,
          join_continues: to > from && continuation ? 1 : 0,
          join_unexplained: to > from && !continuation ? 1 : 0,
          join_first_complete: to > from && businessLike[from] && LEGAL_SUFFIX.test(upper[from]) ? 1 : 0,
          // "JOHN SMITH" / "AMPANG 210" above a registered name: a prefix that labels only sometimes keep.
          join_unmarked_prefix: to > from && !businessLike[from] && LEGAL_SUFFIX.test(upper[to]) && !continuation ? 1 : 0,
          starts_mid_name: CONTINUATION_START.test(run[0]) ? 1 : 0,
          next_continues: CONTINUATION_START.test(next) || /&$|\([^)]*$/.test(upper[to]) ? 1 : 0,
          business_below:
            !businessLike.slice(from, to + 1).some(Boolean) && businessLike.slice(to + 1, to + 3).some(Boolean) ? 1 : 0,
          before_address: firstAddress === -1 || to < firstAddress ? 1 : 0,
          recipient_block: upper.slice(Math.max(0, from - 3), to + 1).some((t) => RECIPIENT_LABEL.test(t)) ? 1 : 0,
        },
      });
    }
  }
  return candidates;
}

// The cleaned name drops a trailing registration number, so its span stops where the name ends.
function nameSpan(lines: DocumentLine[], from: number, to: number, name: string) {
  const span = linesSpan(lines, from, to);
  const lastWord = (name.split(" ").at(-1) ?? "").toUpperCase();
  const at = lines[to].text.toUpperCase().lastIndexOf(lastWord);
  return at >= 0 ? { start: span.start, end: lines[to].start + at + lastWord.length } : span;
}

export const COMPANY_PRIOR: Weights = {
  first_line: 0.5, first_text_line: 1, line_inverse: 1, legal_suffix_end: 2, legal_suffix: 1, business_word: 1,
  registration_cut: 1, registration_follows: 1, address_like: -2, contact_like: -2, title_like: -3, key_value: -1.5, digit_ratio: -3,
  single_word: -0.5, many_words: -1, join_continues: 2, join_unexplained: -1, join_first_complete: -2, join_unmarked_prefix: -1, starts_mid_name: -2, next_continues: -1.5,
  two_lines: -1, three_lines: -2, business_below: -1.5, before_address: 1, recipient_block: -3,
};
