import { describe, expect, it } from "vitest";
import { checkCorrection, fieldLabel } from "@/lib/review/correction-check";

describe("checking a reviewer's correction against the document type", () => {
  it("accepts a well-formed value, normalising whitespace", () => {
    expect(checkCorrection("receipt", "total", " 102.00 ")).toEqual({ ok: true, value: "102.00" });
    expect(checkCorrection("invoice", "company", "ACME   Sdn  Bhd")).toEqual({ ok: true, value: "ACME Sdn Bhd" });
  });

  it("refuses a malformed date or amount with a message naming the field", () => {
    expect(checkCorrection("receipt", "date", "12/01/2024")).toEqual({ ok: false, message: "Date: use the form YYYY-MM-DD" });
    const amount = checkCorrection("invoice", "total", "12,00 EUR");
    expect(amount.ok).toBe(false);
    expect(!amount.ok && amount.message).toMatch(/^Gross total: /);
  });

  it("allows clearing an optional field but not a required one", () => {
    expect(checkCorrection("receipt", "tax", "  ")).toEqual({ ok: true, value: null });
    expect(checkCorrection("invoice", "invoice_number", "")).toEqual({ ok: false, message: "Invoice number is required for an invoice" });
  });

  it("accepts anything for an unknown type, and labels fields readably", () => {
    expect(checkCorrection(null, "whatever", "x")).toEqual({ ok: true, value: "x" });
    expect(fieldLabel("receipt", "company")).toBe("Vendor");
    expect(fieldLabel(null, "due_date")).toBe("Due date");
  });
});
