import { describe, expect, it } from "vitest";
import { decideAutoApproval } from "@/lib/local-engine/auto-approval";
import { calibrate, fitPlatt } from "@/lib/local-engine/calibration";
import { rankValues, trainRanker, type Candidate } from "@/lib/local-engine/ranker";
import type { ExtractedField } from "@/lib/schemas/agent-outputs";

const candidate = (value: string, features: Record<string, number>): Candidate => ({ value, span: null, features });

describe("ranker", () => {
  it("pools the shares of candidates that carry the same value", () => {
    const ranked = rankValues([candidate("9.90", { a: 1 }), candidate("9.90", { a: 1 }), candidate("1.00", { a: 1 })], { a: 1 });
    expect(ranked[0].value).toBe("9.90");
    expect(ranked[0].share).toBeCloseTo(2 / 3);
  });

  it("learns to favour a feature that marks the right candidate", () => {
    const examples = Array.from({ length: 20 }, (_, i) => ({
      candidates: [candidate("right", { marked: 1, noise: i % 2 }), candidate("wrong", { marked: 0, noise: (i + 1) % 2 })],
      isGold: [true, false],
    }));
    const weights = trainRanker(examples, { marked: 0, noise: 0 });
    expect(weights.marked).toBeGreaterThan(1);
    expect(Math.abs(weights.noise)).toBeLessThan(weights.marked / 2);
  });

  it("keeps a prior weight that the data never exercises", () => {
    const examples = [{ candidates: [candidate("a", { seen: 1 }), candidate("b", { seen: 0 })], isGold: [true, false] }];
    expect(trainRanker(examples, { seen: 0, unseen: -3 }).unseen).toBe(-3);
  });
});

describe("calibration", () => {
  it("maps over-confident shares down to the observed accuracy", () => {
    // Shares of 0.99 that are right only 70% of the time.
    const shares = Array.from({ length: 100 }, () => 0.99);
    const correct = shares.map((_, i) => i < 70);
    const params = fitPlatt([...shares, ...Array(100).fill(0.5)], [...correct, ...Array.from({ length: 100 }, (_, i) => i < 50)]);
    expect(calibrate(0.99, params)).toBeGreaterThan(0.62);
    expect(calibrate(0.99, params)).toBeLessThan(0.78);
  });

  it("stays finite on a sample with no errors", () => {
    const params = fitPlatt(Array(50).fill(0.999), Array(50).fill(true));
    expect(Number.isFinite(params.a) && Number.isFinite(params.b)).toBe(true);
    expect(calibrate(0.999, params)).toBeLessThanOrEqual(0.995);
  });
});

describe("auto-approval", () => {
  const field = (name: string, value: string | null, confidence: number): ExtractedField => ({ name, value, confidence, source: null });

  it("approves a receipt whose required fields are jointly likely right", () => {
    const decision = decideAutoApproval("receipt", [field("company", "A", 0.98), field("date", "2018-01-01", 0.99), field("total", "1.00", 0.97), field("address", null, 0.1)]);
    expect(decision.approved).toBe(true);
    expect(decision.jointConfidence).toBeCloseTo(0.98 * 0.99 * 0.97);
  });

  it("sends it to review when the fields are each fine but jointly doubtful", () => {
    const decision = decideAutoApproval("receipt", [field("company", "A", 0.93), field("date", "2018-01-01", 0.95), field("total", "1.00", 0.94)]);
    expect(decision.approved).toBe(false);
  });

  it("never approves a document missing a required field, and names it", () => {
    const decision = decideAutoApproval("invoice", [field("vendor", "A", 1), field("date", "2018-01-01", 1), field("total", "1.00", 1)]);
    expect(decision.approved).toBe(false);
    expect(decision.blockingFields).toEqual(["invoice_number"]);
  });

  it("accepts a threshold from settings", () => {
    const fields = [field("company", "A", 0.9), field("date", "2018-01-01", 0.9), field("total", "1.00", 0.9)];
    expect(decideAutoApproval("receipt", fields, 0.7).approved).toBe(true);
    expect(decideAutoApproval("receipt", fields).approved).toBe(false);
  });
});
