import { describe, expect, it } from "vitest";
import { checkIban, checkTaxId } from "@/lib/vendors/vendor-identifiers";

describe("a reviewer's vendor identifiers", () => {
  it("keeps a valid IBAN in electronic format and refuses a wrong check digit", () => {
    expect(checkIban("de89 3704 0044 0532 0130 00")).toEqual({ ok: true, value: "DE89370400440532013000" });
    expect(checkIban("DE89 3704 0044 0532 0130 01")).toMatchObject({ ok: false, field: "iban", rule: "iban_checksum" });
  });

  it("checks a VAT id by its country prefix and keeps other tax ids as typed", () => {
    expect(checkTaxId("DE 136 695 976")).toEqual({ ok: true, value: "DE136695976" });
    expect(checkTaxId("DE12345")).toMatchObject({ ok: false, field: "taxId", rule: "vat_id_format" });
    expect(checkTaxId("000381399040")).toEqual({ ok: true, value: "000381399040" });
    expect(checkTaxId("GST 000381399040")).toEqual({ ok: true, value: "GST 000381399040" });
  });
});
