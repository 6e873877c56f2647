import { describe, expect, it } from "vitest";
import { buildTimeScale, runWaits } from "@/lib/traces/time-scale";

const iso = (ms: number) => new Date(Date.UTC(2026, 2, 1) + ms).toISOString();
// Agents' spans of about a second each, around a 73 s wait for an answer.
const spans = [
  { startMs: 0, durationMs: 1_400 },
  { startMs: 200, durationMs: 900 },
  { startMs: 1_500, durationMs: 1_200 },
  { startMs: 75_000, durationMs: 1_000 },
];

describe("waterfall time scale", () => {
  it("draws a long idle wait as one fixed-width break, so second-long spans keep a readable width", () => {
    const scale = buildTimeScale(spans, { startMs: 0, endMs: 76_000 });
    expect(scale.breaks).toEqual([{ fromMs: 2_700, toMs: 75_000, leftPct: expect.any(Number), widthPct: 8 }]);
    const spanWidth = scale.x(1_400) - scale.x(0);
    // On a plain linear axis this span would be under 2 % wide.
    expect(spanWidth).toBeGreaterThan(25);
    expect(scale.x(0)).toBe(0);
    expect(scale.x(76_000)).toBeCloseTo(100);
    expect(scale.x(75_000) - scale.x(2_700)).toBeCloseTo(8);
  });

  it("keeps the axis linear when no gap stands out", () => {
    const scale = buildTimeScale(spans.slice(0, 3), { startMs: 0, endMs: 2_700 });
    expect(scale.breaks).toEqual([]);
    expect(scale.x(1_350)).toBeCloseTo(50);
    expect(scale.at(50)).toBeCloseTo(1_350);
  });

  it("maps axis positions back to moments, and none inside a break", () => {
    const scale = buildTimeScale(spans, { startMs: 0, endMs: 76_000 });
    const [gap] = scale.breaks;
    expect(scale.at(gap!.leftPct + gap!.widthPct / 2)).toBeNull();
    expect(scale.at(scale.x(1_000))).toBeCloseTo(1_000);
    expect(scale.at(scale.x(75_500))).toBeCloseTo(75_500);
  });

  it("never breaks a gap that is short next to the typical span", () => {
    const scale = buildTimeScale([{ startMs: 0, durationMs: 10 }, { startMs: 500, durationMs: 10_000 }], { startMs: 0, endMs: 10_500 });
    // The median span is 5 s; the 490 ms gap is well under five of them.
    expect(scale.breaks).toEqual([]);
  });
});

describe("run waits", () => {
  it("places the queue before the first span and a question from asking to answer, or to now while open", () => {
    const waits = runWaits({
      startedAt: iso(2_000),
      totalMs: 90_000,
      runCreatedAt: iso(0),
      questions: [
        { createdAt: iso(4_000), answeredAt: iso(77_000) },
        { createdAt: iso(80_000), answeredAt: null },
      ],
    });
    expect(waits).toEqual([
      { kind: "queue", startMs: -2_000, durationMs: 2_000, open: false },
      { kind: "question", startMs: 2_000, durationMs: 73_000, open: false },
      { kind: "question", startMs: 78_000, durationMs: 12_000, open: true },
    ]);
  });
});
