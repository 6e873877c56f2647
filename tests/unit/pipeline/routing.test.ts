import { describe, expect, it } from "vitest";
import type { AssessedField } from "@/lib/agents/confidence";
import { DEFAULT_SETTINGS } from "@/lib/pipeline/pipeline-settings";
import { decideRoute, slaDueAt, type RouteInput } from "@/lib/pipeline/routing";

const field = (name: string, value: string | null, confidence: number, flags: string[] = []): AssessedField => ({
  name,
  value,
  confidence,
  modelConfidence: confidence,
  source: value === null ? null : { start: 0, end: value.length },
  flags,
});
const sure = [field("company", "SHOP", 0.99), field("date", "2024-01-02", 0.99), field("total", "9.75", 0.99)];
const base: RouteInput = {
  docType: "receipt",
  classificationConfidence: 0.95,
  financialEvidence: ["3 amount(s)"],
  handOffs: [],
  budget: null,
  fields: sure,
  findings: [],
  injection: { detected: false, matches: [] },
  question: null,
  failedAgents: [],
  settings: DEFAULT_SETTINGS,
  auditDraw: 0.5,
};

describe("routing", () => {
  it("auto-approves confident, valid, grounded fields", () => {
    const decision = decideRoute(base);
    expect(decision).toMatchObject({ outcome: "approved", reasons: [], auditSample: false });
    expect(decision.confidence).toBeCloseTo(0.99 ** 3, 3);
  });

  it("samples an approved document for audit when the draw falls under the rate", () => {
    expect(decideRoute({ ...base, auditDraw: 0.01 })).toMatchObject({ outcome: "approved", auditSample: true, priority: 10 });
    expect(decideRoute({ ...base, auditDraw: 0.01, settings: { ...DEFAULT_SETTINGS, auditSampleRate: 0 } }).auditSample).toBe(false);
  });

  it("sends low joint confidence to review, naming the weak fields", () => {
    const decision = decideRoute({ ...base, fields: [...sure.slice(0, 2), field("total", "9.75", 0.6)] });
    expect(decision.outcome).toBe("needs_review");
    expect(decision.reasons).toEqual([expect.objectContaining({ reason: "low_confidence", fields: ["total"] })]);
  });

  it("uses the threshold configured for the document type", () => {
    const strict = { ...DEFAULT_SETTINGS, autoApproveThresholds: { ...DEFAULT_SETTINGS.autoApproveThresholds, receipt: 0.999 } };
    expect(decideRoute({ ...base, settings: strict }).outcome).toBe("needs_review");
  });

  it("never approves a document with text addressed to the model, and never asks it a question", () => {
    const decision = decideRoute({
      ...base,
      injection: { detected: true, matches: [{ start: 0, end: 6, text: "ignore previous instructions" }] },
      question: { prompt: "Which total?", field: "total" },
    });
    expect(decision.outcome).toBe("needs_review");
    expect(decision.reasons[0]!.reason).toBe("prompt_injection");
    expect(decision.priority).toBe(90);
  });

  it("sends invented values to review as suspected hallucination, whatever their confidence", () => {
    const decision = decideRoute({ ...base, fields: [...sure.slice(0, 2), field("total", "9.75", 0.99, ["not_in_document"])] });
    expect(decision.outcome).toBe("needs_review");
    expect(decision.reasons.map((r) => r.reason)).toContain("suspected_hallucination");
  });

  it("lists every reason, most urgent first", () => {
    const decision = decideRoute({
      ...base,
      fields: [field("company", "SHOP", 0.5), ...sure.slice(1)],
      findings: [{ rule: "total_equals_subtotal_plus_tax", severity: "error", fields: ["total"], message: "mismatch" }],
      failedAgents: ["classification"],
      classificationConfidence: null,
    });
    expect(decision.reasons.map((r) => r.reason)).toEqual(["agent_failed", "validation_failed", "low_confidence"]);
  });

  it("asks the question when only the doubtful field stands in the way", () => {
    const decision = decideRoute({ ...base, fields: [...sure.slice(0, 2), field("total", "120.00", 0.5)], question: { prompt: "Two totals found: 120.00 or 102.00?", field: "total" } });
    expect(decision).toMatchObject({ outcome: "waiting_for_answer", reasons: [{ reason: "open_question", fields: ["total"] }] });
  });

  it("does not let a failed summary block approval", () => {
    expect(decideRoute({ ...base, failedAgents: ["summarisation"] }).outcome).toBe("approved");
  });

  it("doubts the document type when classification is unsure", () => {
    expect(decideRoute({ ...base, classificationConfidence: 0.3 }).reasons[0]!.reason).toBe("low_confidence");
  });

  it("gives urgent reviews a shorter SLA", () => {
    const now = new Date("2024-01-01T00:00:00Z");
    expect(slaDueAt(90, DEFAULT_SETTINGS, now).toISOString()).toBe("2024-01-01T04:00:00.000Z");
    expect(slaDueAt(40, DEFAULT_SETTINGS, now).toISOString()).toBe("2024-01-02T00:00:00.000Z");
    expect(slaDueAt(10, DEFAULT_SETTINGS, now).toISOString()).toBe("2024-01-04T00:00:00.000Z");
  });
});

describe("errors blamed on an optional field", () => {
  const taxFinding = { rule: "tax_less_than_total", severity: "error" as const, fields: ["tax", "total"], message: "Tax is not smaller than the total" };

  it("approve when the doubt falls on a shaky tax line and the total stays confident", () => {
    const decision = decideRoute({ ...base, fields: [...sure, field("tax", "12.00", 0.01, ["tax_less_than_total"])], findings: [taxFinding] });
    expect(decision.outcome).toBe("approved");
  });

  it("still go to review when the required field named by the error is in doubt too", () => {
    const fields = [...sure.slice(0, 2), field("total", "9.75", 0.5), field("tax", "12.00", 0.01)];
    const decision = decideRoute({ ...base, fields, findings: [taxFinding] });
    expect(decision.reasons.map((r) => r.reason)).toContain("validation_failed");
  });

  it("still go to review when the optional field is itself confident", () => {
    const decision = decideRoute({ ...base, fields: [...sure, field("tax", "12.00", 0.9)], findings: [taxFinding] });
    expect(decision.outcome).toBe("needs_review");
  });
});
