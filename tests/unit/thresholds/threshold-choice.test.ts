import { describe, expect, it } from "vitest";
import { poissonUpperBound } from "@/lib/thresholds/poisson-bound";
import { chooseThreshold, REVIEW_EVERYTHING, type LabelledOutcome } from "@/lib/thresholds/threshold-choice";

const many = (n: number, confidence: number, correct = true): LabelledOutcome[] => Array.from({ length: n }, () => ({ confidence, correct }));

describe("Poisson upper bound", () => {
  it("gives the textbook bound for zero events (rule of three at 95 %)", () => {
    expect(poissonUpperBound(0, 0.95)).toBeCloseTo(2.996, 2);
    expect(poissonUpperBound(1, 0.95)).toBeCloseTo(4.744, 2);
  });
});

describe("choosing a threshold from a target precision", () => {
  it("reviews everything while fewer documents were checked than it needs", () => {
    const choice = chooseThreshold(many(10, 0.999), [], 0.99);
    expect(choice).toMatchObject({ threshold: REVIEW_EVERYTHING, basis: "insufficient_data" });
  });
  it("lowers the threshold once checked documents bear the model out", () => {
    const history = [...many(150, 0.998), ...many(100, 0.9), ...many(20, 0.5, false), ...many(30, 0.5)];
    const choice = chooseThreshold(history, [], 0.99);
    expect(choice.basis).toBe("learned");
    expect(choice.threshold).toBeLessThan(1);
    expect(choice.chosen!.precisionLow).toBeGreaterThanOrEqual(0.99);
  });
  it("keeps everything in review when errors reviewers found sit among confident documents", () => {
    const history = [...many(40, 0.99), ...many(4, 0.99, false), ...many(20, 0.6, false)];
    expect(chooseThreshold(history, [], 0.99).basis).toBe("target_unreachable");
  });
  it("does not believe a model that claims certainty and is wrong", () => {
    expect(chooseThreshold(many(30, 1, false), [], 0.99).threshold).toBe(REVIEW_EVERYTHING);
  });
  it("draws the trade-off curve: review rate rises with the threshold", () => {
    const choice = chooseThreshold(many(30, 0.95), [0.5, 0.8, 0.9, 0.95, 0.99], 0.99);
    const rates = choice.curve.map((p) => p.reviewRate);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
  });
});
