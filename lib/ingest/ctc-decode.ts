// Greedy CTC decoding of one text line's recognition output (frames × classes of probabilities),
// keeping where each character sits, so that words and their boxes can be recovered.
//
// The PP-OCR recogniser's dictionary is mostly Chinese; receipts and invoices here are written in
// Latin script, so only the classes the caller allows (printable ASCII and a few symbols) compete
// at each frame. The model seldom emits its space class as the best one, but its probability rises
// in the blank frames between words: a gap whose space probability passes `spaceProbability`, or
// whose width passes `spaceGap` times the line's median character pitch, ends a word.

export type CtcOutput = { data: Float32Array; frames: number; classes: number };

export type DecodedWord = { text: string; firstFrame: number; lastFrame: number; confidence: number };

export type CtcOptions = {
  /** Class indices (into the output) allowed to win a frame; 0 is the blank and is always allowed. */
  allowed: Int32Array;
  /** Class index to decode for each allowed index (the dictionary). */
  dictionary: readonly string[];
  /** Index of the space class. */
  spaceClass: number;
  spaceProbability?: number;
  spaceGap?: number;
};

type DecodedChar = { c: string; f0: number; f1: number; p: number };

const text = (g: DecodedChar[]) => g.map((c) => c.c).join("");

/**
 * Dot-matrix and thermal printers leave a full character cell around a decimal point, so "6.00"
 * decodes as "6." and "00" (or "6" and ".00"): an integer part and the two cents digits on either
 * side of the separator are one amount. Only two digits not followed by more digits or another
 * separator join, so "19. 03. 2018" and "No. 12345" stay apart.
 */
function joinDecimals(groups: DecodedChar[][]): DecodedChar[][] {
  const joined: DecodedChar[][] = [];
  for (const g of groups) {
    const last = joined[joined.length - 1];
    const spaced = last && ((/\d[.,]$/.test(text(last)) && /^\d{2}(?![\d.,])/.test(text(g))) || (/\d$/.test(text(last)) && /^[.,]\d{2}(?![\d.,])/.test(text(g))));
    if (spaced) last.push(...g);
    else joined.push(g);
  }
  return joined;
}

function decodeChars(out: CtcOutput, options: CtcOptions): DecodedChar[] {
  const { data, frames, classes } = out;
  const chars: DecodedChar[] = [];
  let previous = -1;
  for (let f = 0; f < frames; f++) {
    let best = 0;
    let bestP = data[f * classes];
    for (const k of options.allowed) {
      const p = data[f * classes + k];
      if (p > bestP) {
        bestP = p;
        best = k;
      }
    }
    if (best !== 0 && best === previous) {
      const last = chars[chars.length - 1];
      last.f1 = f;
      last.p = Math.max(last.p, bestP);
    } else if (best !== 0) {
      chars.push({ c: options.dictionary[best], f0: f, f1: f, p: bestP });
    }
    previous = best;
  }
  return chars;
}

export function decodeLine(out: CtcOutput, options: CtcOptions): DecodedWord[] {
  const chars = decodeChars(out, options);
  if (chars.length === 0) return [];
  const spaceProbability = options.spaceProbability ?? 0.1;
  const spaceGap = options.spaceGap ?? 2.5;
  const pitches = chars
    .slice(1)
    .map((c, i) => c.f0 - chars[i].f0)
    .sort((a, b) => a - b);
  const pitch = pitches.length > 0 ? pitches[Math.floor(pitches.length / 2)] : 3;
  const groups: DecodedChar[][] = [[]];
  chars.forEach((c, i) => {
    const current = groups[groups.length - 1];
    if (c.c === " " || c.c.trim() === "") {
      if (current.length > 0) groups.push([]);
      return;
    }
    if (i > 0 && current.length > 0) {
      let space = 0;
      for (let f = chars[i - 1].f1 + 1; f < c.f0; f++) space = Math.max(space, out.data[f * out.classes + options.spaceClass]);
      const wide = c.f0 - chars[i - 1].f0 > Math.max(pitch * spaceGap, pitch + 2);
      if (space > spaceProbability || wide) groups.push([]);
    }
    groups[groups.length - 1].push(c);
  });
  return joinDecimals(groups.filter((g) => g.length > 0)).map((g) => ({
    text: text(g),
    firstFrame: g[0].f0,
    lastFrame: g[g.length - 1].f1,
    confidence: g.reduce((s, c) => s + c.p, 0) / g.length,
  }));
}
