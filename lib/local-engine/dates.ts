import * as chrono from "chrono-node";
import type { DocumentLine } from "@/lib/local-engine/document-lines";

/** A fully specified calendar date found in the text (day, month and year all printed). */
export type DateMention = {
  lineIndex: number;
  start: number;
  end: number;
  iso: string;
  monthNamed: boolean;
  fourDigitYear: boolean;
  /** Day and month could be swapped (both ≤ 12, numeric): read day-first. */
  ambiguousOrder: boolean;
  hasTime: boolean;
};

// OCR glues tokens ("21/05/2018TIME:"), which stops chrono's word-boundary patterns; re-space
// letter/digit seams and keep a map back to the original offsets.
function respace(text: string): { spaced: string; toOriginal: number[] } {
  let spaced = "";
  const toOriginal: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const prev = text[i - 1] ?? "";
    const seam = (/\d/.test(prev) && /\p{L}/u.test(text[i])) || (/\p{L}/u.test(prev) && /\d/.test(text[i]));
    if (seam) {
      spaced += " ";
      toOriginal.push(i);
    }
    spaced += text[i];
    toOriginal.push(i);
  }
  toOriginal.push(text.length);
  return { spaced, toOriginal };
}

// chrono also reads opening hours ("1000 HRS - 2200 HRS") and part codes ("MI11/3-21") as dates;
// a printed date has three numeric parts joined by one separator, or a month name.
function looksLikeDate(text: string): boolean {
  if (/\p{L}{3,}/u.test(text.replace(/\b(AM|PM|HRS?)\b/gi, "")) && (text.match(/\d+/g) ?? []).length >= 2) return true;
  const numeric = /(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})/.exec(text);
  return numeric !== null;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

export function findDates(lines: DocumentLine[]): DateMention[] {
  const mentions: DateMention[] = [];
  for (const line of lines) {
    if (!/\d/.test(line.text)) continue;
    const { spaced, toOriginal } = respace(line.text);
    for (const result of chrono.en.GB.parse(spaced, undefined, { forwardDate: false })) {
      const s = result.start;
      if (!s.isCertain("day") || !s.isCertain("month") || !s.isCertain("year")) continue;
      const year = s.get("year")!;
      const month = s.get("month")!;
      const day = s.get("day")!;
      const from = toOriginal[result.index];
      const to = toOriginal[result.index + result.text.length - 1] + 1;
      const original = line.text.slice(from, to);
      if (!looksLikeDate(original)) continue;
      const monthNamed = /\p{L}{3,}/u.test(original.replace(/\b(AM|PM)\b/gi, ""));
      const numericParts = original.match(/\d+/g) ?? [];
      mentions.push({
        lineIndex: line.index,
        start: line.start + from,
        end: line.start + to,
        iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
        monthNamed,
        fourDigitYear: numericParts.some((part) => part.length === 4),
        ambiguousOrder: !monthNamed && day <= 12 && month <= 12 && day !== month,
        hasTime: s.isCertain("hour") || /\d{1,2}:\d{2}/.test(line.text),
      });
    }
  }
  return mentions;
}

/** Reads one date string as printed on a document ("11/01/2019", "24-MAR-2018") into ISO, day-first. */
export function parseDateToIso(text: string): string | null {
  const [first] = findDates([{ index: 0, start: 0, end: text.length, text }]);
  return first?.iso ?? null;
}
