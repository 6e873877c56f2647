import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateDocument, type ValidationInput } from "@/lib/agents/validation";
import type { ExtractedField } from "@/lib/schemas/agent-outputs";

const fixture = (name: string) => readFileSync(path.resolve("tests/fixtures/documents", name), "utf8").trim();
const field = (name: string, value: string | null, confidence = 0.97): ExtractedField => ({ name, value, confidence, source: null });

function input(text: string, fields: ExtractedField[], extra: Partial<ValidationInput> = {}): ValidationInput {
  return { text, docType: "receipt", fields, lineItems: [], answers: [], modelFindings: [], referenceDate: new Date("2024-12-31T00:00:00Z"), questionBelow: 0.9, ...extra };
}

describe("validation", () => {
  it("passes a receipt whose values are all printed and consistent", () => {
    const result = validateDocument(
      input(fixture("receipt.txt"), [field("company", "RESTORAN WAN SHENG"), field("date", "2018-03-21"), field("total", "9.75"), field("subtotal", "9.20"), field("tax", "0.55")]),
    );
    expect(result.findings).toEqual([]);
    expect(result.passed).toBe(true);
    expect(result.fields.find((f) => f.name === "total")!.source).not.toBeNull();
  });

  it("fails an invoice whose total is not subtotal plus tax", () => {
    const result = validateDocument(
      input(fixture("bad-sums.txt"), [field("vendor", "NORTHWIND OFFICE SUPPLIES SDN BHD"), field("date", "2024-04-02"), field("total", "351.18"), field("subtotal", "303.00"), field("tax", "18.18"), field("invoice_number", "INV-2024-0077")], { docType: "invoice" }),
    );
    expect(result.passed).toBe(false);
    expect(result.findings.map((f) => f.rule)).toEqual(["total_equals_subtotal_plus_tax"]);
  });

  it("asks which total is right when two are printed and the extraction is unsure", () => {
    const text = fixture("competing-totals.txt");
    const result = validateDocument(input(text, [field("company", "KEDAI MAKAN SRI MELAKA"), field("date", "2018-07-09"), field("total", "120.00", 0.55)]));
    expect(result.question).toEqual({ field: "total", options: ["120.00", "102.00"], prompt: "Two totals found: 120.00 or 102.00. Which one is the amount paid?" });
    const answered = validateDocument(input(text, [field("company", "KEDAI MAKAN SRI MELAKA"), field("date", "2018-07-09"), field("total", "120.00", 0.55)], { answers: [{ field: "total", value: "102.00" }] }));
    expect(answered.question).toBeNull();
    expect(answered.fields.find((f) => f.name === "total")).toMatchObject({ value: "102.00", confidence: 0.99, flags: ["answered"] });
  });

  it("does not ask when the extraction is already sure", () => {
    const result = validateDocument(input(fixture("competing-totals.txt"), [field("company", "KEDAI MAKAN SRI MELAKA"), field("date", "2018-07-09"), field("total", "102.00", 0.99)]));
    expect(result.question).toBeNull();
  });

  it("reports text addressed to the model", () => {
    const result = validateDocument(input(fixture("injection.txt"), [field("company", "UNIVERSAL STATIONERY ENTERPRISE"), field("date", "2018-04-11"), field("total", "14.90")]));
    expect(result.injection.detected).toBe(true);
    expect(result.findings.map((f) => f.rule)).toContain("prompt_injection");
    expect(result.passed).toBe(false);
  });

  it("flags a value the document does not contain", () => {
    const result = validateDocument(input(fixture("receipt.txt"), [field("company", "RESTORAN WAN SHENG"), field("date", "2018-03-21"), field("total", "19.75")]));
    const total = result.fields.find((f) => f.name === "total")!;
    expect(total.flags).toContain("not_in_document");
    expect(total.confidence).toBeLessThanOrEqual(0.01);
  });

  it("lowers confidence for fields the model review doubted", () => {
    const result = validateDocument(
      input(fixture("receipt.txt"), [field("company", "RESTORAN WAN SHENG"), field("date", "2018-03-21"), field("total", "9.75")], {
        modelFindings: [{ rule: "model_review", severity: "warning", fields: ["company"], message: "Could be the mall's name" }],
      }),
    );
    expect(result.fields.find((f) => f.name === "company")).toMatchObject({ flags: ["model_review"] });
    expect(result.passed).toBe(true);
  });
});
