import type { AmountMention } from "@/lib/local-engine/amounts";
import type { DocumentLine } from "@/lib/local-engine/document-lines";

// Money as European and English documents print it: "1.234,56" (de, nl, fr with a dot), "1 234,56"
// (fr), "1,234.56" (en), "1'234.56" (ch). The last separator followed by one or two digits is the
// decimal mark; a lone separator followed by three digits is a thousands mark unless the document
// writes its decimals with that separator — the document's own unambiguous amounts decide.

export type DecimalMark = "," | ".";

const SYMBOLS = String.raw`€|£|¥|₹|US\$|S\$|\$|Rs\.?|RM|EUR|USD|GBP|CHF|INR|MYR|SGD|AUD|CAD|JPY|DEM|SEK|DKK|NOK|PLN|CZK`;
const NUMBER = String.raw`\d{1,3}(?:[.,'’]\d{3})+(?:[.,]\d{1,2})?|\d{1,3}(?:[  ]\d{3})+,\d{2}|\d+(?:[.,]\d{1,2})?`;
const AMOUNT = new RegExp(
  String.raw`(?<![\p{L}\d.,/\-#])(?:(${SYMBOLS})\s?)?(-\s?)?(${NUMBER})(?:\s?(-))?(?:\s?(€|EUR|USD|CHF|GBP|DEM|\$))?(?![\p{L}\d/:%°]|[.,]\d|-\d)`,
  "gu",
);

export const CURRENCY_OF_SYMBOL: Record<string, string> = {
  "€": "EUR", EUR: "EUR", "£": "GBP", GBP: "GBP", "¥": "JPY", JPY: "JPY", "₹": "INR", "Rs.": "INR", Rs: "INR", INR: "INR",
  "US$": "USD", $: "USD", USD: "USD", "S$": "SGD", SGD: "SGD", RM: "MYR", MYR: "MYR", CHF: "CHF", AUD: "AUD", CAD: "CAD",
  DEM: "DEM", SEK: "SEK", DKK: "DKK", NOK: "NOK", PLN: "PLN", CZK: "CZK",
};

/** The decimal mark the document uses, from amounts that can only be read one way. */
export function documentDecimalMark(text: string): DecimalMark {
  const comma = (text.match(/\d,\d{2}(?![\d.,])/g) ?? []).length + 2 * (text.match(/\d\.\d{3},\d{2}(?!\d)/g) ?? []).length;
  const point = (text.match(/\d\.\d{2}(?![\d.,])/g) ?? []).length + 2 * (text.match(/\d,\d{3}\.\d{2}(?!\d)/g) ?? []).length;
  // Dates like 05.03.2020 also show ".dd": they are three-part, discount them.
  const dates = (text.match(/\b\d{1,2}\.\d{1,2}\.\d{2,4}\b/g) ?? []).length;
  return comma > point - dates ? "," : ".";
}

/** Cents of a printed number under the document's decimal mark, or null when it is not a number. */
export function numberCents(raw: string, mark: DecimalMark): { cents: number; hasDecimals: boolean } | null {
  const digits = raw.replace(/[  ]/g, " ").trim();
  if (!/^\d[\d.,'’ ]*$/.test(digits)) return null;
  const lastSep = Math.max(digits.lastIndexOf("."), digits.lastIndexOf(","));
  let integer = digits;
  let fraction = "";
  if (lastSep !== -1) {
    const tail = digits.slice(lastSep + 1);
    // One or two digits after the last mark make it decimal; three are a thousands group ("1.234"),
    // unless that separator is the document's decimal mark and stands alone (a quantity like 1.250 kg).
    if (tail.length === 3 && digits[lastSep] === mark && digits.indexOf(digits[lastSep]) === lastSep && !/[.,'’ ]/.test(digits.slice(0, lastSep))) return null;
    const decimal = tail.length <= 2;
    if (decimal) {
      integer = digits.slice(0, lastSep);
      fraction = tail;
    }
  }
  const whole = integer.replace(/[.,'’ ]/g, "");
  if (!/^\d+$/.test(whole)) return null;
  // Thousands groups must be three digits: "1.23.4" is not a number.
  if (/[.,'’ ]/.test(integer) && !/^\d{1,3}([.,'’ ]\d{3})+$/.test(integer)) return null;
  return { cents: Number(whole) * 100 + Number(fraction.padEnd(2, "0") || "0"), hasDecimals: fraction.length > 0 };
}

/** Parses a stand-alone amount ("€ 1.005,55", "1,234.50 EUR", "-9,32") to cents, or null. */
export function parseLocalizedAmount(text: string, mark: DecimalMark = "."): number | null {
  const cleaned = text.trim().replace(new RegExp(`^(${SYMBOLS})\\s?`, "u"), "").replace(/\s?(€|EUR|USD|CHF|GBP|DEM|\$)$/u, "").trim();
  const negative = /^-\s?/.test(cleaned) || /\d\s?-$/.test(cleaned);
  const body = cleaned.replace(/^-\s?/, "").replace(/\s?-$/, "");
  const parsed = numberCents(body, mark);
  if (!parsed) return null;
  return negative ? -parsed.cents : parsed.cents;
}

/** Money-looking numbers on every line, read with the document's decimal mark. */
export function findLocalizedAmounts(lines: DocumentLine[], mark: DecimalMark): AmountMention[] {
  const mentions: AmountMention[] = [];
  for (const line of lines) {
    for (const match of line.text.matchAll(AMOUNT)) {
      const [whole, prefix, minus, number, trailingMinus, suffix] = match;
      const parsed = numberCents(number, mark);
      if (!parsed) continue;
      const symbol = prefix ?? suffix ?? null;
      // Bare integers are ids, counts, postcodes or years far more often than money.
      if (!parsed.hasDecimals && (!symbol || number.replace(/\D/g, "").length > 7)) continue;
      mentions.push({
        lineIndex: line.index,
        start: line.start + match.index,
        end: line.start + match.index + whole.length,
        cents: parsed.cents * (minus || trailingMinus ? -1 : 1),
        hasDecimals: parsed.hasDecimals,
        currencySymbol: symbol,
      });
    }
  }
  return mentions;
}
