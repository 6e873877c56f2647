import { describe, expect, it } from "vitest";
import { detectSpike, zeroFilled } from "@/lib/alerts/spike-detection";

const config = { sigma: 3, minRatio: 2, minMicros: 1_000_000 };

describe("spend spike detection", () => {
  it("flags an hour far above a steady baseline", () => {
    const history = Array.from({ length: 168 }, (_, i) => 900_000 + (i % 4) * 50_000);
    const verdict = detectSpike(history, 5_000_000, config);
    expect(verdict.spike).toBe(true);
    expect(verdict.meanMicros).toBe(975_000);
    expect(verdict.thresholdMicros).toBe(1_950_000);
  });

  it("tolerates normal variation, including busy hours the baseline has seen", () => {
    const history = Array.from({ length: 168 }, (_, i) => (i % 24 < 8 ? 0 : 3_000_000));
    expect(detectSpike(history, 3_200_000, config).spike).toBe(false);
  });

  it("needs both a multiple of the mean and the absolute floor", () => {
    expect(detectSpike(new Array(168).fill(10_000), 900_000, config).spike).toBe(false);
    expect(detectSpike(new Array(168).fill(10_000), 1_000_001, config).spike).toBe(true);
    expect(detectSpike([], 999_999, config).spike).toBe(false);
  });

  it("fills hours without spend with zero", () => {
    const h = 3_600_000;
    expect(zeroFilled(new Map([[2 * h, 5]]), 0, 4)).toEqual([0, 0, 5, 0]);
  });
});
