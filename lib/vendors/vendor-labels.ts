import { foldText, textLines } from "@/lib/vendors/vendor-text";

// "Which labels carry which fields": the words printed on a value's line once the value (and any
// other numbers) are taken out, e.g. "TOTALRM" or "INVOICEDATE". A vendor prints the same labels
// on every document, so they say where to expect each field.

export function labelOf(text: string, span: { start: number; end: number } | null): string | null {
  if (!span) return null;
  const lines = textLines(text);
  const at = lines.findIndex((l) => l.start <= span.start && span.start <= l.end);
  const line = lines[at];
  if (!line) return null;
  const before = text.slice(line.start, Math.max(line.start, span.start));
  const after = text.slice(Math.min(span.end, line.end), line.end);
  let label = foldText((before + " " + after).replace(/[\d.,:/-]+/g, " "));
  // A value alone on its line (a column layout): its label is the line above.
  if (label.length < 2 && at > 0) label = foldText(lines[at - 1]!.text.replace(/[\d.,:/-]+/g, " "));
  return label.length >= 2 && label.length <= 40 ? label : null;
}
