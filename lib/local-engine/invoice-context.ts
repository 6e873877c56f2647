import type { AmountMention } from "@/lib/local-engine/amounts";
import { findLocalizedDates } from "@/lib/local-engine/date-formats";
import type { DateMention } from "@/lib/local-engine/dates";
import { detectLanguage, prefersMonthFirst, type Language } from "@/lib/local-engine/document-language";
import { splitLines, type DocumentLine } from "@/lib/local-engine/document-lines";
import { documentCells, type Cell } from "@/lib/local-engine/layout-cells";
import { documentDecimalMark, findLocalizedAmounts, type DecimalMark } from "@/lib/local-engine/number-formats";

// Everything the invoice specialist reads once per document: lines, layout cells, the language
// and number style, and every amount and date read in that style.

export type InvoiceContext = {
  text: string;
  lines: DocumentLine[];
  cells: Cell[][];
  language: Language;
  decimalMark: DecimalMark;
  monthFirst: boolean;
  amounts: AmountMention[];
  dates: DateMention[];
  referenceDate: Date;
};

export function buildInvoiceContext(text: string, referenceDate: Date = new Date()): InvoiceContext {
  const lines = splitLines(text);
  const { language } = detectLanguage(text);
  const decimalMark = documentDecimalMark(text);
  const monthFirst = prefersMonthFirst(text, language);
  return {
    text,
    lines,
    cells: documentCells(lines),
    language,
    decimalMark,
    monthFirst,
    amounts: findLocalizedAmounts(lines, decimalMark),
    dates: findLocalizedDates(lines, { language, monthFirst }),
    referenceDate,
  };
}
