import * as chrono from "chrono-node";
import type { DateMention } from "@/lib/local-engine/dates";
import type { DocumentLine } from "@/lib/local-engine/document-lines";
import type { Language } from "@/lib/local-engine/document-language";

// Dates in the document's language, parsed by chrono's locale parsers ("12. März 2024",
// "19 april 2014", "3 août 2014", "August 3, 2014"). Numeric dates read day-first except in
// US-English documents; ISO dates read as written. English is always tried too, since invoices
// mix languages (English month names in German SaaS invoices).

type Parser = { parse(text: string, ref?: Date, options?: chrono.ParsingOption): chrono.ParsedResult[] };

const PARSERS: Record<Language, Parser> = { de: chrono.de, en: chrono.en.GB, fr: chrono.fr, nl: chrono.nl };
const MONTH_FIRST: Parser = chrono.en;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

// "05.03.2020Rechnungsdatum" and "Nr.471102vom05.03.2020": re-space letter/digit seams, keeping offsets.
function respace(text: string): { spaced: string; toOriginal: number[] } {
  let spaced = "";
  const toOriginal: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const prev = text[i - 1] ?? "";
    if ((/\d/.test(prev) && /\p{L}/u.test(text[i])) || (/\p{L}/u.test(prev) && /\d/.test(text[i]))) {
      spaced += " ";
      toOriginal.push(i);
    }
    spaced += text[i];
    toOriginal.push(i);
  }
  toOriginal.push(text.length);
  return { spaced, toOriginal };
}

// A printed date: three numeric parts joined by one separator, or a month name with day and year.
function looksLikeDate(text: string): boolean {
  if (/\p{L}{3,}/u.test(text) && (text.match(/\d+/g) ?? []).length >= 2) return true;
  return /(\d{1,4})([/.-])(\d{1,2})\2(\d{2,4})/.test(text);
}

export type DateReading = { language: Language; monthFirst: boolean };

/** Every fully specified date on the lines, read in the document's language (and English). */
export function findLocalizedDates(lines: DocumentLine[], reading: DateReading): DateMention[] {
  const parsers: Parser[] = [...new Set([reading.monthFirst ? MONTH_FIRST : PARSERS[reading.language], PARSERS.en])];
  const mentions: DateMention[] = [];
  for (const line of lines) {
    if (!/\d/.test(line.text)) continue;
    const { spaced, toOriginal } = respace(line.text);
    const taken: Array<[number, number]> = [];
    for (const parser of parsers) {
      for (const result of parser.parse(spaced, undefined, { forwardDate: false })) {
        const s = result.start;
        if (!s.isCertain("day") || !s.isCertain("month") || !s.isCertain("year")) continue;
        const from = toOriginal[result.index];
        const to = toOriginal[result.index + result.text.length - 1] + 1;
        if (taken.some(([a, b]) => from < b && to > a)) continue;
        const original = line.text.slice(from, to);
        if (!looksLikeDate(original)) continue;
        taken.push([from, to]);
        const year = s.get("year")!;
        const month = s.get("month")!;
        const day = s.get("day")!;
        const monthNamed = /\p{L}{3,}/u.test(original.replace(/\b(AM|PM)\b/gi, ""));
        mentions.push({
          lineIndex: line.index,
          start: line.start + from,
          end: line.start + to,
          iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
          monthNamed,
          fourDigitYear: (original.match(/\d+/g) ?? []).some((part) => part.length === 4),
          ambiguousOrder: !monthNamed && day <= 12 && month <= 12 && day !== month && !/^\d{4}/.test(original),
          hasTime: s.isCertain("hour") || /\d{1,2}:\d{2}/.test(line.text),
        });
      }
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** One date string as printed ("12. März 2024", "12/03/2024") in ISO, or null. */
export function parseLocalizedDate(text: string, reading: DateReading): string | null {
  return findLocalizedDates([{ index: 0, start: 0, end: text.length, text }], reading)[0]?.iso ?? null;
}
