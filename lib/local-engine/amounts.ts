import type { DocumentLine } from "@/lib/local-engine/document-lines";

/** A money-looking number in the text. `cents` is the value in minor units (two decimals). */
export type AmountMention = {
  lineIndex: number;
  start: number;
  end: number;
  cents: number;
  hasDecimals: boolean;
  currencySymbol: string | null;
};

const CURRENCY = String.raw`RM|MYR|USD|EUR|GBP|SGD|AUD|CAD|CHF|JPY|INR|US\$|S\$|\$|€|£|¥`;
// Digits not glued to letters, slashes, dashes or other digits (rules out dates, phones, codes like SS21/39).
const AMOUNT = new RegExp(
  String.raw`(?<![\p{L}\d.,/\-#])(?:(${CURRENCY})\s?)?(-\s?)?(?:(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?|\.(\d{2}))(?![\d/:%]|[.,]\d|-\d)`,
  "gu",
);

export const CURRENCY_CODES: Record<string, string> = {
  RM: "MYR", MYR: "MYR", USD: "USD", "US$": "USD", $: "USD", EUR: "EUR", "€": "EUR", GBP: "GBP", "£": "GBP",
  SGD: "SGD", "S$": "SGD", AUD: "AUD", CAD: "CAD", CHF: "CHF", JPY: "JPY", "¥": "JPY", INR: "INR",
};

export function findAmounts(lines: DocumentLine[]): AmountMention[] {
  const mentions: AmountMention[] = [];
  for (const line of lines) {
    for (const match of line.text.matchAll(AMOUNT)) {
      const [whole, symbol, minus, integerDigits, decimals, bareDecimals] = match;
      const digits = integerDigits ?? "0";
      const fraction = decimals ?? bareDecimals;
      const hasDecimals = fraction !== undefined;
      const integer = Number(digits.replace(/,/g, ""));
      // Long bare integers are ids, counts or phone fragments far more often than money.
      if (!hasDecimals && (!symbol || digits.length > 7)) continue;
      const cents = (integer * 100 + (hasDecimals ? Number(fraction.padEnd(2, "0")) : 0)) * (minus ? -1 : 1);
      mentions.push({
        lineIndex: line.index,
        start: line.start + match.index,
        end: line.start + match.index + whole.length,
        cents,
        hasDecimals,
        currencySymbol: symbol ?? null,
      });
    }
  }
  return mentions;
}

/** Parses a stand-alone amount string ("RM 3.90", "$1,204.5", "327") to cents, or null. */
export function parseAmountCents(text: string): number | null {
  const cleaned = text.trim().replace(new RegExp(`^(${CURRENCY})\\s?`, "u"), "").replace(/\s/g, "");
  const match = /^(-)?(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match || (match[2] === undefined && match[3] === undefined)) return null;
  const cents = Number((match[2] ?? "0").replace(/,/g, "")) * 100 + Number((match[3] ?? "0").padEnd(2, "0"));
  return match[1] ? -cents : cents;
}

export function formatCents(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
