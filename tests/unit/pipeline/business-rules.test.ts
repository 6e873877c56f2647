import { describe, expect, it } from "vitest";
import type { ExtractedField, ExtractedLineItem } from "@/lib/schemas/agent-outputs";
import { amountCents, checkBusinessRules } from "@/lib/schemas/business-rules";
import type { DocTypeId } from "@/lib/schemas/document-types";

const today = new Date("2024-06-01T12:00:00Z");
const field = (name: string, value: string | null): ExtractedField => ({ name, value, confidence: 0.99, source: null });
const item = (amount: string): ExtractedLineItem => ({ description: "x", quantity: 1, unitPrice: amount, amount, confidence: 0.9, source: null });

function check(docType: DocTypeId, values: Record<string, string | null>, lineItems: ExtractedLineItem[] = []) {
  const fields = Object.entries(values).map(([name, value]) => field(name, value));
  return checkBusinessRules({ docType, fields, lineItems, referenceDate: today }).map((f) => `${f.severity}:${f.rule}:${f.fields.join("+")}`);
}

const goodReceipt = { company: "SHOP", date: "2024-05-30", total: "10.60", subtotal: "10.00", tax: "0.60", currency: "MYR" };

describe("business rules", () => {
  it("passes a consistent receipt", () => {
    expect(check("receipt", goodReceipt, [item("4.00"), item("6.00")])).toEqual([]);
  });

  it("requires the type's required fields", () => {
    expect(check("receipt", { ...goodReceipt, total: null })).toContain("error:required_fields_present:total");
    expect(check("invoice", goodReceipt)).toContain("error:required_fields_present:invoice_number");
    expect(check("generic", {})).toEqual([]);
  });

  it("refuses a total that is not subtotal plus tax, allowing cash rounding", () => {
    expect(check("receipt", { ...goodReceipt, total: "11.60" })).toContain("error:total_equals_subtotal_plus_tax:subtotal+tax+total");
    expect(check("receipt", { ...goodReceipt, total: "10.65" })).toEqual([]);
  });

  it("warns when line items do not add up to the subtotal", () => {
    expect(check("receipt", goodReceipt, [item("4.00"), item("5.00")])).toEqual(["warning:line_items_sum_to_subtotal:subtotal+line_items"]);
  });

  it("compares line items with the total when there is neither subtotal nor tax", () => {
    const { subtotal: _s, tax: _t, ...noBreakdown } = goodReceipt;
    expect(check("receipt", noBreakdown, [item("10.00")])).toEqual(["warning:line_items_sum_to_subtotal:total+line_items"]);
  });

  it("refuses future dates and warns on very old ones", () => {
    expect(check("receipt", { ...goodReceipt, date: "2024-07-01" })).toContain("error:date_plausible:date");
    expect(check("receipt", { ...goodReceipt, date: "2024-06-02" })).toEqual([]);
    expect(check("receipt", { ...goodReceipt, date: "2001-01-01" })).toContain("warning:date_plausible:date");
  });

  it("refuses unknown currencies, malformed values and implausible amounts", () => {
    expect(check("receipt", { ...goodReceipt, currency: "XXQ" })).toContain("error:currency_valid:currency");
    expect(check("receipt", { ...goodReceipt, date: "30/05/2024" })).toContain("error:values_well_formed:date");
    expect(check("receipt", { ...goodReceipt, subtotal: null, tax: "12.00" })).toContain("error:amounts_plausible:tax+total");
    expect(check("receipt", { ...goodReceipt, subtotal: null, tax: null, total: "0.00" })).toContain("error:amounts_plausible:total");
  });

  it("reads decimal amounts exactly", () => {
    expect(amountCents("1234.5")).toBe(123450);
    expect(amountCents("-0.05")).toBe(-5);
    expect(amountCents("RM 3")).toBeNull();
  });
});
