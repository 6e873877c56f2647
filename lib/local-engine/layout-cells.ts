import type { DocumentLine } from "@/lib/local-engine/document-lines";

// A text layer laid out in columns (`pdftotext -layout`, OCR lines with wide gaps) puts a label
// and its value in one line separated by a run of spaces, and table headers above their column.
// Cells — runs of text separated by two or more spaces — recover that structure without knowing
// the template: a value's label is the cell before it on its line, or the header above its column.

export type Cell = { lineIndex: number; start: number; end: number; text: string; col: number; colEnd: number };

const GAP = /\s{2,}/g;

export function lineCells(line: DocumentLine): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  const push = (a: number, b: number) => {
    const raw = line.text.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) cells.push({ lineIndex: line.index, start: line.start + a + lead, end: line.start + a + lead + text.length, text, col: a + lead, colEnd: a + lead + text.length });
  };
  for (const gap of line.text.matchAll(GAP)) {
    push(from, gap.index);
    from = gap.index + gap[0].length;
  }
  push(from, line.text.length);
  return cells;
}

export function documentCells(lines: DocumentLine[]): Cell[][] {
  return lines.map(lineCells);
}

/** The cell holding a character offset, or null. */
export function cellAt(cells: Cell[][], lineIndex: number, offset: number): Cell | null {
  return cells[lineIndex]?.find((c) => offset >= c.start && offset < c.end) ?? null;
}

const HAS_LETTERS = /\p{L}{2,}/u;

export function isProse(text: string): boolean {
  return text.split(/\s+/).length > 8 || (text.length > 50 && /[.,]\s\p{L}/u.test(text));
}

/** Text before a span inside its own cell ("Factuurnummer: 993548900" → "Factuurnummer:"). */
export function ownLabel(cell: Cell | null, spanStart: number): string {
  return cell ? cell.text.slice(0, spanStart - cell.start).trim() : "";
}

/** The nearest cell with words to the left on the same line, and how many cells lie between. */
export function leftLabel(cells: Cell[][], lineIndex: number, spanStart: number): { text: string; between: number } | null {
  const row = cells[lineIndex] ?? [];
  const before = row.filter((c) => c.end <= spanStart);
  for (let i = before.length - 1; i >= 0; i--) {
    if (!HAS_LETTERS.test(before[i].text)) continue;
    // A sentence beside a figure is running text in another column, not its caption.
    return isProse(before[i].text) ? null : { text: before[i].text, between: before.length - 1 - i };
  }
  return null;
}

/**
 * The header above a value's column: the nearest earlier line (within `reach`) with a worded cell
 * whose horizontal extent overlaps the value's, or ends within a few characters of its start
 * (right-aligned values under left-aligned captions).
 */
export function aboveLabel(cells: Cell[][], lineIndex: number, col: number, colEnd: number, reach = 6): { text: string; distance: number } | null {
  for (let k = lineIndex - 1; k >= 0 && k >= lineIndex - reach; k--) {
    const hit = (cells[k] ?? []).find((c) => HAS_LETTERS.test(c.text) && c.col <= colEnd + 2 && c.colEnd >= col - 2);
    if (hit) return { text: hit.text, distance: lineIndex - k };
  }
  return null;
}
