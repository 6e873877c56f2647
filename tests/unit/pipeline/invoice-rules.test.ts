import { describe, expect, it } from "vitest";
import { currencyConsistent, dueAfterIssue, ibanChecksum, vatIdFormat } from "@/lib/schemas/invoice-rules";
import type { RuleInput } from "@/lib/schemas/business-rules";

const input = (values: Record<string, string>, text?: string): RuleInput =>
  ({
    docType: "invoice",
    fields: Object.entries(values).map(([name, value]) => ({ name, value, confidence: 0.9, source: null })),
    lineItems: [],
    referenceDate: new Date("2026-01-01"),
    text,
  }) as RuleInput;

describe("invoice rules", () => {
  it("refuses a due date before the issue date and accepts the same day", () => {
    expect(dueAfterIssue.check(input({ date: "2024-03-12", due_date: "2024-03-01" }))).toMatchObject([{ rule: "due_date_after_issue_date", severity: "error" }]);
    expect(dueAfterIssue.check(input({ date: "2024-03-12", due_date: "2024-03-12" }))).toEqual([]);
  });

  it("checks the IBAN's check digits with ibantools", () => {
    expect(ibanChecksum.check(input({ iban: "DE89 3704 0044 0532 0130 00" }))).toEqual([]);
    expect(ibanChecksum.check(input({ iban: "DE88 3704 0044 0532 0130 00" }))).toMatchObject([{ rule: "iban_checksum", fields: ["iban"] }]);
  });

  it("checks the VAT id's format with jsvat", () => {
    expect(vatIdFormat.check(input({ vendor_tax_id: "DE136695976" }))).toEqual([]);
    expect(vatIdFormat.check(input({ vendor_tax_id: "DE123" }))).toMatchObject([{ rule: "vat_id_format", severity: "warning" }]);
  });

  it("refuses a currency the printed symbols contradict, and doubts one unusual for the issuer's country", () => {
    expect(currencyConsistent.check(input({ currency: "USD" }, "Total € 12,00"))).toMatchObject([{ severity: "error" }]);
    expect(currencyConsistent.check(input({ currency: "EUR" }, "Total € 12,00"))).toEqual([]);
    expect(currencyConsistent.check(input({ currency: "USD", vendor_tax_id: "DE136695976" }, "Total 12.00"))).toMatchObject([{ severity: "warning" }]);
  });
});
