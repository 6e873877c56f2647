import { describe, expect, it } from "vitest";
import { summarisePrecision, wilsonInterval } from "@/lib/review/precision-math";

describe("auto-approve precision from audit samples", () => {
  it("counts only samples approved without a correction as right", () => {
    const summary = summarisePrecision({ confirmed: 45, corrected: 3, rejected: 2, pending: 7 });
    expect(summary.reviewed).toBe(50);
    expect(summary.precision).toBeCloseTo(0.9);
    expect(summary.interval!.low).toBeLessThan(0.9);
    expect(summary.interval!.high).toBeGreaterThan(0.9);
  });

  it("reports no figure before the first reviewed sample", () => {
    expect(summarisePrecision({ confirmed: 0, corrected: 0, rejected: 0, pending: 4 })).toMatchObject({ precision: null, interval: null });
  });

  it("keeps the Wilson interval honest and inside [0, 1] for small samples", () => {
    const perfect = wilsonInterval(5, 5)!;
    expect(perfect.high).toBe(1);
    expect(perfect.low).toBeGreaterThan(0.5);
    expect(perfect.low).toBeLessThan(0.6);
    const none = wilsonInterval(0, 3)!;
    expect(none.low).toBe(0);
    // Known value: 8 of 10 → [0.490, 0.943].
    const known = wilsonInterval(8, 10)!;
    expect(known.low).toBeCloseTo(0.49, 2);
    expect(known.high).toBeCloseTo(0.943, 2);
  });
});
