import { describe, expect, it } from "vitest";
import { budgetExhaustedDetail, fieldsWithoutEvidence, typeDoubt } from "@/lib/pipeline/approval-gates";

describe("approval gates", () => {
  it("never lets a document that prints amounts or invoice words be filed as generic", () => {
    expect(typeDoubt({ docType: "generic", confidence: 0.99, financialEvidence: ["3 amount(s)", "invoice number"], handOffs: [] }, 0.6)).toMatch(/prints 3 amount\(s\), invoice number/);
  });

  it("lets a confident generic document without anything financial through", () => {
    expect(typeDoubt({ docType: "generic", confidence: 0.95, financialEvidence: [], handOffs: [] }, 0.6)).toBeNull();
  });

  it("doubts a type below the classification threshold, or one a specialist handed back", () => {
    expect(typeDoubt({ docType: "invoice", confidence: 0.5, financialEvidence: ["1 amount(s)"], handOffs: [] }, 0.6)).toMatch(/uncertain \(0\.50\)/);
    expect(typeDoubt({ docType: "invoice", confidence: 0.97, financialEvidence: [], handOffs: ["receipt → invoice: no payment made"] }, 0.6)).toMatch(/receipt → invoice/);
  });

  it("names required fields that have a value but no evidence in the document", () => {
    const fields = [
      { name: "total", value: "10.00", confidence: 0.99, source: null },
      { name: "date", value: "2024-01-02", confidence: 0.99, source: { start: 0, end: 10 } },
      { name: "vendor", value: null, confidence: 0, source: null },
    ];
    expect(fieldsWithoutEvidence(fields, ["total", "date", "vendor"])).toEqual(["total"]);
  });

  it("states the spend and the cap when the budget ran out", () => {
    expect(budgetExhaustedDetail({ refusedCall: "extraction escalation", spentMicros: 0, capMicros: 1 })).toMatch(/spent 0 of 1 micro-dollars/);
  });
});
