// The waterfall's horizontal scale, pure. Waits (a question waiting for its answer, time queued
// before the run started) are placed on the run's timeline as bars of their own, and any idle gap
// much longer than the typical span is drawn as a fixed-width break, so that a minute spent waiting
// for a person does not shrink the agents' second-long spans to slivers.

export interface Wait {
  kind: "queue" | "question";
  /** Offset from the waterfall's start; a queue wait starts before it (negative). */
  startMs: number;
  durationMs: number;
  /** Still waiting: the bar runs up to now. */
  open: boolean;
}

interface QuestionTimes {
  createdAt: string;
  answeredAt: string | null;
}

/** The run's waits relative to the waterfall's start, which is when its first span began. */
export function runWaits(input: { startedAt: string; totalMs: number; runCreatedAt: string; questions: QuestionTimes[] }): Wait[] {
  const t0 = Date.parse(input.startedAt);
  const waits: Wait[] = [];
  const queuedMs = t0 - Date.parse(input.runCreatedAt);
  // A queue shorter than a second is not a wait anyone reading the trace cares about.
  if (queuedMs >= 1_000) waits.push({ kind: "queue", startMs: -queuedMs, durationMs: queuedMs, open: false });
  for (const q of input.questions) {
    const startMs = Date.parse(q.createdAt) - t0;
    const endMs = q.answeredAt ? Date.parse(q.answeredAt) - t0 : input.totalMs;
    waits.push({ kind: "question", startMs, durationMs: Math.max(0, endMs - startMs), open: q.answeredAt === null });
  }
  return waits;
}

export interface ScaleBreak {
  fromMs: number;
  toMs: number;
  /** Where the break sits on the axis, in percent of its width. */
  leftPct: number;
  widthPct: number;
}

export interface TimeScale {
  startMs: number;
  endMs: number;
  breaks: ScaleBreak[];
  /** Percent of the axis width at which a moment (ms from the waterfall's start) is drawn. */
  x: (ms: number) => number;
  /** The moment drawn at a percent of the axis width, or null inside a break. */
  at: (pct: number) => number | null;
}

interface Span {
  startMs: number;
  durationMs: number;
}

export interface ScaleOptions {
  /** A gap is broken when longer than this many median spans… */
  medianFactor?: number;
  /** …and longer than this share of the whole timeline (breaking a short gap would widen it). */
  minShare?: number;
  /** Axis width of one break, in percent; shrinks when there are many. */
  breakWidthPct?: number;
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Idle stretches between the spans, merged, within [startMs, endMs]. */
function idleGaps(spans: Span[], startMs: number, endMs: number): Array<[number, number]> {
  const sorted = [...spans].sort((a, b) => a.startMs - b.startMs);
  const gaps: Array<[number, number]> = [];
  let cursor = startMs;
  for (const s of sorted) {
    if (s.startMs > cursor) gaps.push([cursor, s.startMs]);
    cursor = Math.max(cursor, s.startMs + s.durationMs);
  }
  if (endMs > cursor) gaps.push([cursor, endMs]);
  return gaps;
}

export function buildTimeScale(spans: Span[], range: { startMs: number; endMs: number }, options: ScaleOptions = {}): TimeScale {
  const { medianFactor = 5, minShare = 0.1, breakWidthPct = 8 } = options;
  const { startMs } = range;
  const endMs = Math.max(range.endMs, startMs + 1);
  const total = endMs - startMs;
  const typical = spans.length ? Math.max(1, median(spans.map((s) => s.durationMs))) : total;
  const broken = idleGaps(spans, startMs, endMs).filter(([a, b]) => b - a > medianFactor * typical && b - a > minShare * total);
  const width = broken.length ? Math.min(breakWidthPct, 40 / broken.length) : 0;
  const linearMs = total - broken.reduce((sum, [a, b]) => sum + (b - a), 0);
  const perMs = (100 - width * broken.length) / Math.max(1, linearMs);

  // Piecewise linear: alternating linear stretches and fixed-width breaks, left to right.
  const pieces: Array<{ fromMs: number; toMs: number; leftPct: number; widthPct: number; broken: boolean }> = [];
  let cursorMs = startMs;
  let cursorPct = 0;
  const push = (toMs: number, isBreak: boolean) => {
    if (toMs <= cursorMs) return;
    const widthPct = isBreak ? width : (toMs - cursorMs) * perMs;
    pieces.push({ fromMs: cursorMs, toMs, leftPct: cursorPct, widthPct, broken: isBreak });
    cursorMs = toMs;
    cursorPct += widthPct;
  };
  for (const [a, b] of broken) {
    push(a, false);
    push(b, true);
  }
  push(endMs, false);

  const x = (ms: number) => {
    const clamped = Math.min(Math.max(ms, startMs), endMs);
    const piece = pieces.find((p) => clamped <= p.toMs) ?? pieces[pieces.length - 1]!;
    return piece.leftPct + ((clamped - piece.fromMs) / (piece.toMs - piece.fromMs)) * piece.widthPct;
  };
  const at = (pct: number) => {
    const piece = pieces.find((p) => pct <= p.leftPct + p.widthPct + 1e-9) ?? pieces[pieces.length - 1]!;
    if (piece.broken) return null;
    return piece.fromMs + ((pct - piece.leftPct) / piece.widthPct) * (piece.toMs - piece.fromMs);
  };
  return {
    startMs,
    endMs,
    breaks: pieces.filter((p) => p.broken).map(({ fromMs, toMs, leftPct, widthPct }) => ({ fromMs, toMs, leftPct, widthPct })),
    x,
    at,
  };
}
