import type { Reading, ReadingPage, ReadingSource, ReadingWord } from "@/lib/ingest/reading-schema";

// Lines in reading order from positioned words, and the reading (text + word geometry) built
// from them. Used for OCR output (word boxes in pixels) and PDF text items (in points) alike.
//
// Grouping: words are taken top to bottom by their vertical centre (after undoing the page's
// skew, if known); a word joins a recent line whose centre lies within half the smaller of the
// two heights and which it does not overlap horizontally. Each line is then ordered left to
// right. Wide horizontal gaps (columns, a label and its amount) become runs of spaces, as
// `pdftotext -layout` does, so columns and table cells stay apart on one line.

export type LayoutWord = { text: string; x0: number; y0: number; x1: number; y1: number; confidence: number };

export type LayoutOptions = {
  /** The page's skew in radians (positive: text rises to the right is negative y); lines are grouped after undoing it. */
  skew?: number;
  /** Gaps wider than this many line heights become several spaces (0: always one space). */
  columnGap?: number;
};

const median = (xs: number[]): number => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

export function groupLines(input: LayoutWord[], options: LayoutOptions = {}): LayoutWord[][] {
  const words = input.filter((w) => w.text.trim() !== "");
  if (words.length === 0) return [];
  const cos = Math.cos(options.skew ?? 0);
  const sin = Math.sin(options.skew ?? 0);
  // Vertical position in the deskewed frame (rotating by -skew).
  const yOf = (w: LayoutWord) => {
    const cx = (w.x0 + w.x1) / 2;
    const cy = (w.y0 + w.y1) / 2;
    return -sin * cx + cos * cy;
  };
  const medianHeight = median(words.map((w) => w.y1 - w.y0)) || 1;
  const items = words.map((w) => ({ w, y: yOf(w), h: Math.max(1e-9, w.y1 - w.y0) })).sort((a, b) => a.y - b.y);
  type Line = { members: typeof items; y: number; h: number };
  const lines: Line[] = [];
  for (const item of items) {
    let best: Line | null = null;
    let bestDistance = Infinity;
    // Only recent lines can take the word: everything older lies well above it.
    for (let i = Math.max(0, lines.length - 6); i < lines.length; i++) {
      const line = lines[i];
      const distance = Math.abs(line.y - item.y);
      const limit = Math.min(line.h, item.h, medianHeight * 1.5) * 0.5;
      if (distance >= limit || distance >= bestDistance) continue;
      const overlaps = line.members.some((m) => m.w.x0 < item.w.x1 - 0.25 * item.h && item.w.x0 < m.w.x1 - 0.25 * item.h);
      if (overlaps) continue;
      best = line;
      bestDistance = distance;
    }
    if (best) {
      best.members.push(item);
      best.y = best.members.reduce((s, m) => s + m.y, 0) / best.members.length;
      best.h = median(best.members.map((m) => m.h));
    } else {
      lines.push({ members: [item], y: item.y, h: item.h });
    }
  }
  return lines.sort((a, b) => a.y - b.y).map((line) => line.members.map((m) => m.w).sort((a, b) => a.x0 - b.x0));
}

/** The separator between two neighbouring words of a line. */
function separator(prev: LayoutWord, next: LayoutWord, columnGap: number): string {
  if (columnGap <= 0) return " ";
  const height = Math.max(prev.y1 - prev.y0, next.y1 - next.y0, 1e-9);
  const gap = next.x0 - prev.x1;
  if (gap <= columnGap * height) return " ";
  // Roughly one space per half line height of gap (a typical character width), at most 12.
  return " ".repeat(Math.min(12, Math.max(3, Math.round(gap / (0.5 * height)))));
}

export type LayoutPage = {
  page: number;
  width: number;
  height: number;
  source: ReadingSource;
  lines: LayoutWord[][];
};

/**
 * The reading of laid-out pages: lines joined by newlines, pages by a blank line, each word with
 * its offsets in the text and its box as fractions of its page.
 */
export function buildReading(pages: LayoutPage[], engine: string, options: { columnGap?: number } = {}): Reading {
  const columnGap = options.columnGap ?? 2;
  let text = "";
  const words: ReadingWord[] = [];
  const readingPages: ReadingPage[] = [];
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  for (const page of pages) {
    const pageWords: ReadingWord[] = [];
    for (const line of page.lines) {
      const cells = line.map((w) => ({ ...w, text: w.text.replace(/\s+/g, " ").trim() })).filter((w) => w.text !== "");
      if (cells.length === 0) continue;
      if (text !== "") text += pageWords.length === 0 ? "\n\n" : "\n";
      cells.forEach((w, i) => {
        if (i > 0) text += separator(cells[i - 1], w, columnGap);
        const start = text.length;
        text += w.text;
        pageWords.push({
          text: w.text,
          page: page.page,
          box: { x0: clamp(w.x0 / page.width), y0: clamp(w.y0 / page.height), x1: clamp(w.x1 / page.width), y1: clamp(w.y1 / page.height) },
          confidence: clamp(w.confidence),
          start,
          end: text.length,
        });
      });
    }
    words.push(...pageWords);
    readingPages.push({
      page: page.page,
      width: page.width,
      height: page.height,
      source: page.source,
      confidence: pageWords.length === 0 ? null : pageWords.reduce((s, w) => s + w.confidence, 0) / pageWords.length,
    });
  }
  return {
    text,
    pages: readingPages,
    words,
    engine,
    confidence: words.length === 0 ? 1 : words.reduce((s, w) => s + w.confidence, 0) / words.length,
  };
}

/** A reading of plain text (no geometry): one page, no words, full confidence. */
export function plainReading(text: string, engine: string, pageCount = 1): Reading {
  return {
    text,
    pages: Array.from({ length: pageCount }, (_, i) => ({ page: i + 1, width: 1, height: 1, source: "text-layer" as const, confidence: null })),
    words: [],
    engine,
    confidence: 1,
  };
}

/**
 * The page's skew from text line boxes (their top edges, as quadrilaterals [tl, tr, br, bl]):
 * the width-weighted median angle, in radians. Lines shorter than 3 heights are ignored.
 */
export function skewFromQuads(quads: number[][][]): number {
  const angles: { a: number; w: number }[] = [];
  for (const q of quads) {
    const [tl, tr, , bl] = q;
    const dx = tr[0] - tl[0];
    const dy = tr[1] - tl[1];
    const width = Math.hypot(dx, dy);
    const height = Math.hypot(bl[0] - tl[0], bl[1] - tl[1]);
    if (width < 3 * height || dx <= 0) continue;
    angles.push({ a: Math.atan2(dy, dx), w: width });
  }
  if (angles.length === 0) return 0;
  angles.sort((x, y) => x.a - y.a);
  const total = angles.reduce((s, x) => s + x.w, 0);
  let acc = 0;
  for (const x of angles) {
    acc += x.w;
    if (acc >= total / 2) return x.a;
  }
  return 0;
}
