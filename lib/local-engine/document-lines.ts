import type { SourceSpan } from "@/lib/schemas/agent-outputs";

/** One line of the document with its offsets in the original text (end exclusive, newline excluded). */
export type DocumentLine = { index: number; start: number; end: number; text: string };

export function splitLines(text: string): DocumentLine[] {
  const lines: DocumentLine[] = [];
  let start = 0;
  for (const raw of text.split("\n")) {
    const body = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    lines.push({ index: lines.length, start, end: start + body.length, text: body });
    start += raw.length + 1;
  }
  return lines;
}

/** Span of lines[from..to] (inclusive), trimmed of the surrounding whitespace. */
export function linesSpan(lines: DocumentLine[], from: number, to: number): SourceSpan {
  const first = lines[from];
  const last = lines[to];
  const lead = first.text.length - first.text.trimStart().length;
  const trail = last.text.length - last.text.trimEnd().length;
  return { start: first.start + lead, end: Math.max(first.start + lead, last.end - trail) };
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
