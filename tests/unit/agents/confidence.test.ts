import { describe, expect, it } from "vitest";
import { ANSWERED_CONFIDENCE, assessFields, documentConfidence } from "@/lib/agents/confidence";
import { DEFAULT_SETTINGS, resolveSettings } from "@/lib/pipeline/pipeline-settings";
import { classificationShortfall, extractionShortfall, summarisationShortfall, validationShortfall } from "@/lib/pipeline/escalation";
import type { ExtractedField } from "@/lib/schemas/agent-outputs";

const field = (name: string, value: string | null, confidence: number): ExtractedField => ({ name, value, confidence, source: null });

describe("field confidence after validation", () => {
  const fields = [field("company", "SHOP", 0.9), field("total", "9.00", 0.9), field("date", "2024-01-01", 0.9)];

  it("discounts fields named by errors and warnings, and invented values most", () => {
    const assessed = assessFields({
      fields,
      groundings: [{ name: "date", flags: ["not_in_document"], source: null }],
      findings: [
        { rule: "total_equals_subtotal_plus_tax", severity: "error", fields: ["total"], message: "" },
        { rule: "line_items_sum_to_subtotal", severity: "warning", fields: ["company"], message: "" },
      ],
      answered: new Set(),
    });
    const byName = Object.fromEntries(assessed.map((f) => [f.name, f]));
    // Stated outright, not rebuilt from the code's own table: a warning keeps 3/4, an error 1/5.
    expect(byName.company!.confidence).toBeCloseTo(0.675, 3);
    expect(byName.total!).toMatchObject({ modelConfidence: 0.9, flags: ["total_equals_subtotal_plus_tax"] });
    expect(byName.total!.confidence).toBeCloseTo(0.18, 3);
    expect(byName.date!).toMatchObject({ confidence: 0.045, flags: ["not_in_document"] });
  });

  it("puts the doubt of an error over several fields on the least certain one (Bayes)", () => {
    const assessed = assessFields({
      fields: [field("total", "9.00", 0.99), field("tax", "12.00", 0.3)],
      groundings: [],
      findings: [{ rule: "tax_less_than_total", severity: "error", fields: ["tax", "total"], message: "" }],
      answered: new Set(),
    });
    const byName = Object.fromEntries(assessed.map((f) => [f.name, f]));
    // (0.99 − 0.297) / (1 − 0.297) and (0.3 − 0.297) / (1 − 0.297)
    expect(byName.total!.confidence).toBeCloseTo(0.986, 3);
    expect(byName.tax!.confidence).toBeCloseTo(0.004, 3);
    expect(byName.tax!.flags).toEqual(["tax_less_than_total"]);
  });

  it("trusts an answered field", () => {
    const [total] = assessFields({ fields: [field("total", "102.00", 1)], groundings: [], findings: [], answered: new Set(["total"]) });
    expect(total).toMatchObject({ confidence: ANSWERED_CONFIDENCE, flags: ["answered"] });
  });

  it("scores the document as the joint probability of its required fields", () => {
    const assessed = assessFields({ fields, groundings: [], findings: [], answered: new Set() });
    expect(documentConfidence("receipt", assessed).confidence).toBeCloseTo(0.729, 3);
    expect(documentConfidence("receipt", assessed.slice(0, 2)).confidence).toBe(0);
  });
});

describe("settings", () => {
  it("merges stored rows over the defaults and ignores invalid ones", () => {
    const settings = resolveSettings([
      { key: "review.autoApproveThresholds", value: { invoice: 0.99 } },
      { key: "review.auditSampleRate", value: 2 },
      { key: "pipeline.escalationThresholds", value: { classification: 0.8 } },
    ]);
    expect(settings.autoApproveThresholds).toEqual({ ...DEFAULT_SETTINGS.autoApproveThresholds, invoice: 0.99 });
    expect(settings.auditSampleRate).toBe(DEFAULT_SETTINGS.auditSampleRate);
    expect(settings.escalationThresholds).toEqual({ ...DEFAULT_SETTINGS.escalationThresholds, classification: 0.8 });
  });
});

describe("escalation", () => {
  it("escalates a local extraction that would miss the approval bar", () => {
    const weak = { fields: [field("company", "SHOP", 0.99), field("date", "2024-01-01", 0.99), field("total", "9.00", 0.5)] };
    expect(extractionShortfall(weak, "receipt", 0.9)).toMatch(/^low_confidence: joint 0.490 < 0.9 \(total\)$/);
    expect(extractionShortfall({ fields: weak.fields.slice(0, 2) }, "generic", 0.9)).toBeNull();
  });

  it("escalates unsure classifications and empty or unsure summaries", () => {
    expect(classificationShortfall({ docType: "receipt", confidence: 0.4, routingTarget: "expenses", rationale: "" }, 0.6)).toMatch(/low_confidence/);
    expect(classificationShortfall({ docType: "receipt", confidence: 0.9, routingTarget: "expenses", rationale: "" }, 0.6)).toBeNull();
    expect(summarisationShortfall({ summary: " ", confidence: 1, keySpans: [] }, 0.3)).toBe("empty summary");
  });

  it("re-extracts after rule errors but not for hostile text or line-item doubts", () => {
    const result = (rules: string[]) => ({
      fields: [],
      lineItems: [],
      injection: { detected: false, matches: [] },
      question: null,
      passed: false,
      findings: rules.map((rule) => ({ rule, severity: "error" as const, fields: [], message: "" })),
    });
    expect(validationShortfall(result(["total_equals_subtotal_plus_tax"]))).toBe("validation_failed: total_equals_subtotal_plus_tax");
    expect(validationShortfall(result(["prompt_injection"]))).toBeNull();
  });
});
