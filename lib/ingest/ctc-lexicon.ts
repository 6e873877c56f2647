import { distance } from "fastest-levenshtein";
import type { CtcOptions, CtcOutput, DecodedWord } from "@/lib/ingest/ctc-decode";
import { OCR_LEXICON } from "@/lib/ingest/ocr-lexicon";

// Lexicon rescoring of a greedily decoded word. Greedy CTC takes the best class frame by frame; a
// print that is a letter off a word the domain prints all the time ("SON" for SDN) is often the
// second-best reading of those very frames. For a word outside the lexicon, each lexicon word a
// small edit away is scored by the CTC forward probability of the word's own frames, and replaces
// the reading when prior × P(lexicon word) beats P(reading): the recogniser's evidence decides,
// the lexicon only tips a close call. The word's confidence becomes that posterior share.

/** How much likelier a lexicon word is a priori than an unknown string of letters (odds). */
export const LEXICON_PRIOR = 20;

/** Spellings words are corrected towards: the domain lexicon, or the words a page itself prints clearly. */
export type Vocabulary = { has(word: string): boolean; words: readonly string[] };

const DOMAIN: Vocabulary = { has: (word) => OCR_LEXICON.has(word), words: [...OCR_LEXICON] };

const classMaps = new WeakMap<readonly string[], Map<string, number>>();

function classesOf(options: CtcOptions): Map<string, number> {
  let map = classMaps.get(options.dictionary);
  if (!map) {
    map = new Map();
    for (const k of options.allowed) if (k !== 0 && options.dictionary[k]) map.set(options.dictionary[k], k);
    classMaps.set(options.dictionary, map);
  }
  return map;
}

function logAdd(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return Math.max(a, b) + Math.log1p(Math.exp(-Math.abs(a - b)));
}

/** log P(label | frames from..to) under CTC, blank = class 0; -Infinity when the frames cannot hold it. */
export function ctcLogProbability(out: CtcOutput, label: number[], from: number, to: number): number {
  const T = to - from + 1;
  const S = 2 * label.length + 1;
  if (label.length === 0 || T < label.length) return -Infinity;
  const p = (t: number, k: number) => Math.log(Math.max(1e-30, out.data[(from + t) * out.classes + k]));
  const symbol = (s: number) => (s % 2 === 0 ? 0 : label[(s - 1) / 2]!);
  let alpha = new Array<number>(S).fill(-Infinity);
  alpha[0] = p(0, 0);
  alpha[1] = p(0, label[0]!);
  for (let t = 1; t < T; t++) {
    const next = new Array<number>(S).fill(-Infinity);
    for (let s = 0; s < S; s++) {
      let sum = logAdd(alpha[s]!, s > 0 ? alpha[s - 1]! : -Infinity);
      if (s > 1 && symbol(s) !== 0 && symbol(s) !== symbol(s - 2)) sum = logAdd(sum, alpha[s - 2]!);
      next[s] = sum === -Infinity ? sum : sum + p(t, symbol(s));
    }
    alpha = next;
  }
  return logAdd(alpha[S - 1]!, alpha[S - 2]!);
}

function withCaseOf(reading: string, word: string): string {
  const letters = reading.replace(/[^A-Za-z]/g, "");
  if (letters === letters.toUpperCase()) return word;
  if (letters === letters.toLowerCase()) return word.toLowerCase();
  return word[0] + word.slice(1).toLowerCase();
}

function candidates(core: string, vocabulary: Vocabulary): string[] {
  const upper = core.toUpperCase();
  if (vocabulary.has(upper)) return [];
  const reach = upper.length >= 6 ? 2 : 1;
  return vocabulary.words.filter((w) => Math.abs(w.length - upper.length) <= 1 && distance(w, upper) <= reach);
}

/** The word, or the vocabulary word its frames support nearly as well, with the posterior share as confidence. */
export function rescoreWord(out: CtcOutput, word: DecodedWord, options: CtcOptions, vocabulary: Vocabulary = DOMAIN): DecodedWord {
  const parts = /^([^A-Za-z0-9]*)(.*?)([^A-Za-z0-9]*)$/.exec(word.text);
  const [, lead, core, trail] = parts ?? ["", "", word.text, ""];
  if (core.length < 3 || (core.match(/[A-Za-z]/g) ?? []).length < 2) return word;
  const nearby = candidates(core, vocabulary);
  if (nearby.length === 0) return word;
  const classes = classesOf(options);
  const encode = (text: string) => {
    const label = [...text].map((c) => classes.get(c));
    return label.every((k) => k !== undefined) ? (label as number[]) : null;
  };
  const from = Math.max(0, word.firstFrame - 1);
  const to = Math.min(out.frames - 1, word.lastFrame + 1);
  const readLabel = encode(word.text);
  if (!readLabel) return word;
  const read = ctcLogProbability(out, readLabel, from, to);
  let best: { text: string; logP: number } | null = null;
  for (const candidate of nearby) {
    const text = `${lead}${withCaseOf(core, candidate)}${trail}`;
    const label = encode(text);
    if (!label) continue;
    const logP = ctcLogProbability(out, label, from, to) + Math.log(LEXICON_PRIOR);
    if (logP > read && (!best || logP > best.logP)) best = { text, logP };
  }
  if (!best) return word;
  const share = 1 / (1 + Math.exp(read - best.logP));
  return { ...word, text: best.text, confidence: Math.min(word.confidence, share) };
}

/** A word's own frames (with the margin rescoring reads) over the allowed classes only, re-based to frame 0. */
export type WordFrames = { out: CtcOutput; options: CtcOptions; word: DecodedWord };

const compactOptions = new WeakMap<CtcOptions, CtcOptions>();

/** What a second pass over the page needs of a word: a few kB instead of its line's whole output. */
export function wordFrames(out: CtcOutput, word: DecodedWord, options: CtcOptions): WordFrames {
  const kept = [0, ...options.allowed];
  let compact = compactOptions.get(options);
  if (!compact) {
    compact = { ...options, allowed: Int32Array.from(kept.keys()).slice(1), dictionary: kept.map((k) => options.dictionary[k]!), spaceClass: -1 };
    compactOptions.set(options, compact);
  }
  const from = Math.max(0, word.firstFrame - 1);
  const to = Math.min(out.frames - 1, word.lastFrame + 1);
  const data = new Float32Array((to - from + 1) * kept.length);
  for (let t = from; t <= to; t++) for (let j = 0; j < kept.length; j++) data[(t - from) * kept.length + j] = out.data[t * out.classes + kept[j]!]!;
  return { out: { data, frames: to - from + 1, classes: kept.length }, options: compact, word: { ...word, firstFrame: word.firstFrame - from, lastFrame: word.lastFrame - from } };
}

/** A word read at least this surely vouches for its spelling elsewhere on the page; one below it is rescored. */
export const VOUCHING_CONFIDENCE = 0.9;

/** A word's letters as a vocabulary entry: outer punctuation and a possessive ("Gardenia's") dropped. */
const letters = (text: string) =>
  text
    .replace(/['’]s\b/gi, "")
    .replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, "")
    .toUpperCase();

/**
 * The page's second pass. A name is often printed twice (the letterhead and "Thank you for shopping
 * at Guardian"), and the clear copy tells how to read the worn one: each word read below
 * VOUCHING_CONFIDENCE is rescored, as against the domain lexicon, against the words the page read
 * clearly. A word that is itself a domain word or clearly read elsewhere on the page is left alone.
 */
export function rescoreAgainstPage(doubtful: WordFrames[], clear: string[]): DecodedWord[] {
  const page = new Set(clear.map(letters).filter((w) => w.length >= 4 && /^[A-Z]+$/.test(w)));
  const vocabulary: Vocabulary = { has: (word) => page.has(word) || OCR_LEXICON.has(word), words: [...page] };
  return doubtful.map(({ out, options, word }) => rescoreWord(out, word, options, vocabulary));
}
