import { CURRENCY_CODES, type AmountMention } from "@/lib/local-engine/amounts";
import type { DocumentLine } from "@/lib/local-engine/document-lines";
import type { ExtractedField } from "@/lib/schemas/agent-outputs";

// The currency is the code or symbol printed most often. A bare "$" names a dozen currencies, so
// it yields a low confidence; when nothing is printed the field is left empty.

const CODE_WORD = /(?<![\p{L}])(RM|MYR|USD|EUR|GBP|SGD|AUD|CAD|CHF|JPY|INR|US\$|S\$)(?![\p{L}])|[€£¥$]/gu;

export function detectCurrency(lines: DocumentLine[], amounts: AmountMention[]): ExtractedField {
  const counts = new Map<string, { count: number; start: number; end: number; symbol: string }>();
  const note = (symbol: string, start: number, end: number) => {
    const code = CURRENCY_CODES[symbol];
    if (!code) return;
    const entry = counts.get(code);
    if (entry) entry.count++;
    else counts.set(code, { count: 1, start, end, symbol });
  };
  for (const line of lines)
    for (const match of line.text.matchAll(CODE_WORD)) note(match[0], line.start + match.index, line.start + match.index + match[0].length);
  const ranked = [...counts.entries()].sort((a, b) => b[1].count - a[1].count);
  if (ranked.length === 0) return { name: "currency", value: null, confidence: amounts.length > 0 ? 0.5 : 0.8, source: null };
  const [code, best] = ranked[0];
  const total = ranked.reduce((s, [, e]) => s + e.count, 0);
  const ambiguous = best.symbol === "$";
  return {
    name: "currency",
    value: code,
    confidence: Math.round((ambiguous ? 0.5 : 0.9) * (best.count / total) * 1000) / 1000,
    source: { start: best.start, end: best.end },
  };
}
