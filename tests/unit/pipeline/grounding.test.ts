import { describe, expect, it } from "vitest";
import { groundFields, indexDocument, ungroundedLineItems } from "@/lib/agents/grounding";
import type { ExtractedField } from "@/lib/schemas/agent-outputs";

const text = ["NORTHWIND OFFICE SUPPLIES SDN BHD", "12 JALAN AMPANG,", "50450 KUALA LUMPUR", "Date: 15/03/2024", "Subtotal 303.00", "SST 6% 18.18", "TOTAL RM 321.18"].join("\n");
const index = indexDocument(text);
const field = (name: string, value: string, source: { start: number; end: number } | null = null): ExtractedField => ({ name, value, confidence: 0.9, source });
const flagsOf = (fields: ExtractedField[]) => Object.fromEntries(groundFields(index, fields).map((g) => [g.name, g.flags]));

describe("grounding", () => {
  it("accepts values printed in the document, whatever the case and spacing", () => {
    expect(flagsOf([field("company", "Northwind Office Supplies Sdn. Bhd."), field("address", "12 Jalan Ampang, 50450 Kuala Lumpur")])).toEqual({ company: [], address: [] });
    const [address] = groundFields(index, [field("address", "12 Jalan Ampang, 50450 Kuala Lumpur")]);
    expect(text.slice(address!.source!.start, address!.source!.end)).toBe("12 JALAN AMPANG,\n50450 KUALA LUMPUR");
  });

  it("keeps a correct span and corrects a wrong one", () => {
    const start = text.indexOf("321.18");
    const [kept, moved] = groundFields(index, [field("total", "321.18", { start, end: start + 6 }), field("subtotal", "303.00", { start: 0, end: 4 })]);
    expect(kept).toEqual({ name: "total", flags: [], source: { start, end: start + 6 } });
    expect(moved!.flags).toEqual(["span_corrected"]);
    expect(text.slice(moved!.source!.start, moved!.source!.end)).toBe("303.00");
  });

  it("matches dates and amounts by value, not by spelling", () => {
    expect(flagsOf([field("date", "2024-03-15", { start: 0, end: 3 }), field("tax", "18.18")])).toEqual({ date: ["span_corrected"], tax: [] });
  });

  it("flags values that appear nowhere in the text", () => {
    expect(flagsOf([field("company", "Contoso Ltd"), field("date", "2024-03-16"), field("total", "999.00")])).toEqual({
      company: ["not_in_document"],
      date: ["not_in_document"],
      total: ["not_in_document"],
    });
  });

  it("accepts a total derived from a printed subtotal and tax", () => {
    const doc = indexDocument("SHOP\nSubtotal 10.00\nTax 0.60");
    const result = groundFields(doc, [field("total", "10.60"), field("subtotal", "10.00"), field("tax", "0.60")]);
    expect(result.find((g) => g.name === "total")!.flags).toEqual(["derived"]);
  });

  it("treats a currency with no printed symbol as inferred, not invented", () => {
    expect(flagsOf([field("currency", "MYR")])).toEqual({ currency: [] });
    expect(groundFields(indexDocument("SHOP\nTOTAL 3.00"), [field("currency", "MYR")])[0]!.flags).toEqual(["inferred"]);
  });

  it("lists line items whose amount is not printed", () => {
    const item = (amount: string) => ({ description: "x", quantity: null, unitPrice: null, amount, confidence: 0.8, source: null });
    expect(ungroundedLineItems(index, [item("303.00"), item("77.77")])).toEqual([1]);
  });
});
