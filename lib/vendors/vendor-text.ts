import { distance } from "fastest-levenshtein";

// Fuzzy text comparison for vendor memory. Names and addresses are compared on a folded form
// (letters and digits only, upper case), so OCR's spacing and punctuation noise ("MR. D. I. Y."
// vs "MR.D.I.Y.") costs nothing and a damaged letter costs one edit.

export function foldText(value: string): string {
  return value.normalize("NFKD").replace(/[^\p{L}\p{N}]/gu, "").toUpperCase();
}

/** 1 for equal folded forms, 0 for nothing in common (normalised edit distance). */
export function textSimilarity(a: string, b: string): number {
  const x = foldText(a);
  const y = foldText(b);
  if (!x || !y) return 0;
  return 1 - distance(x, y) / Math.max(x.length, y.length);
}

const words = (value: string) => new Set(value.normalize("NFKD").toUpperCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));

/**
 * Two names of which one is the other with whole words added ("MR. D.I.Y. SDN BHD" and
 * "MR. D.I.Y. (M) SDN BHD"): two businesses (a brand's branches), not one name damaged by OCR,
 * which changes letters inside words.
 */
export function differsByWholeWords(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x.size === y.size) return false;
  const [small, large] = x.size < y.size ? [x, y] : [y, x];
  return [...small].every((w) => large.has(w));
}

export interface TextLine {
  text: string;
  start: number;
  end: number;
}

export function textLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (const raw of text.split("\n")) {
    const end = start + raw.length;
    if (raw.trim()) lines.push({ text: raw, start, end });
    start = end + 1;
  }
  return lines;
}

export interface SpanMatch {
  start: number;
  end: number;
  text: string;
  score: number;
}

/**
 * Where the document prints `target`, fuzzily: the best run of up to `maxLines` consecutive lines
 * (names and addresses wrap), or the best stretch of a single longer line that carries it among
 * other words. Null when nothing comes close (score under `min`).
 */
export function findInText(lines: TextLine[], target: string, maxLines = 3, min = 0.75): SpanMatch | null {
  const folded = foldText(target);
  if (folded.length < 4) return null;
  let best: SpanMatch | null = null;
  const consider = (start: number, end: number, text: string, score: number) => {
    if (score >= min && (!best || score > best.score)) best = { start, end, text, score };
  };
  for (let i = 0; i < lines.length; i++) {
    let joined = "";
    for (let j = i; j < Math.min(lines.length, i + maxLines); j++) {
      joined += foldText(lines[j]!.text);
      const ratio = joined.length / folded.length;
      if (ratio > 1.6 && j > i) break;
      if (ratio >= 0.7 && ratio <= 1.4) {
        consider(lines[i]!.start, lines[j]!.end, lines.slice(i, j + 1).map((l) => l.text).join("\n"), 1 - distance(joined, folded) / Math.max(joined.length, folded.length));
      }
      if (ratio > 1.1 && j === i) {
        // A longer line (the name and a registration number): slide a window of the target's length over it.
        const window = folded.length;
        for (let k = 0; k + window <= joined.length; k++) {
          const piece = joined.slice(k, k + window);
          if (piece[0] !== folded[0] && piece[1] !== folded[1]) continue;
          consider(lines[i]!.start, lines[i]!.end, lines[i]!.text, (1 - distance(piece, folded) / window) * 0.97);
        }
      }
    }
  }
  return best;
}
