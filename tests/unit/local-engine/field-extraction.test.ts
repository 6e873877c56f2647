import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeDocument } from "@/lib/local-engine/analyze-document";

const fixture = (name: string) => readFileSync(`tests/fixtures/local-engine/${name}`, "utf8");

function field(text: string, name: string, docType?: "receipt" | "invoice") {
  const found = analyzeDocument(text, { docType, referenceDate: new Date("2026-01-01T00:00:00Z") }).extraction.fields.find((f) => f.name === name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

describe("company", () => {
  it("takes the registered business, not the name of a person printed above it", () => {
    const company = field("AHMAD BIN ALI\nSRI MAJU HARDWARE SDN BHD\n(654321-K)\nNO 5, JALAN BESAR,\n43000 KAJANG\nTOTAL 12.00\nCASH 12.00", "company", "receipt");
    expect(company.value).toBe("SRI MAJU HARDWARE SDN BHD");
  });

  it("joins a name that continues on the next line", () => {
    const text = "POPULAR BOOK\nCO. (M) SDN BHD\n(CO. NO. 113825-W)\nNO 8, JALAN 7/118B\nTOTAL 9.90";
    const company = field(text, "company", "receipt");
    expect(company.value).toBe("POPULAR BOOK CO. (M) SDN BHD");
    expect(text.slice(company.source!.start, company.source!.end)).toBe("POPULAR BOOK\nCO. (M) SDN BHD");
  });
});

describe("total with competing candidates", () => {
  it("prefers the total over the subtotal, the tendered cash and the change", () => {
    const text = "SHOP\nSUB TOTAL : 24.50\nGST 6% : 1.47\nTOTAL : 25.97\nCASH : 50.00\nCHANGE : 24.03";
    expect(field(text, "total", "receipt").value).toBe("25.97");
  });

  it("pairs a block of labels with the block of values printed after it", () => {
    const text = "SHOP\nITEM A\n3.00\nTOTAL INCL. GST@6%\nCASH\nCHANGE\nRM 71.90\nRM 72.00\nRM 0.10";
    const total = field(text, "total", "receipt");
    expect(total.value).toBe("71.90");
    expect(text.slice(total.source!.start, total.source!.end)).toBe("RM 71.90");
  });

  it("takes the amount after cash rounding when both are printed", () => {
    const text = "SHOP\nTOTAL SALES (INCLUSIVE OF GST):\n112.36\nROUNDING ADJ:\n-0.01\nTOTAL :\n112.35\nCASH :\n112.35";
    expect(field(text, "total", "receipt").value).toBe("112.35");
  });

  it("is less confident when nothing labels the amounts", () => {
    const clear = field("SHOP\nTOTAL : 25.97\nCASH : 30.00\nCHANGE : 4.03", "total", "receipt");
    const unclear = field("SHOP\n12.00\n25.97\n3.10", "total", "receipt");
    expect(clear.confidence).toBeGreaterThan(0.9);
    expect(unclear.confidence).toBeLessThan(clear.confidence);
  });
});

describe("a receipt written for these tests", () => {
  const text = fixture("receipt-corner-cafe.txt");

  it("extracts date, total, subtotal and tax with spans into the text", () => {
    const date = field(text, "date");
    expect(date.value).toBe("2018-02-07");
    expect(text.slice(date.source!.start, date.source!.end)).toContain("07/02/2018");
    expect(field(text, "total").value).toBe("25.95");
    expect(field(text, "subtotal").value).toBe("24.50");
    expect(field(text, "tax").value).toBe("1.47");
  });
});

describe("an invoice", () => {
  const text = fixture("invoice-northwind.txt");
  const analysis = analyzeDocument(text);

  it("is classified as an invoice and routed to accounts payable", () => {
    expect(analysis.classification.docType).toBe("invoice");
    expect(analysis.classification.routingTarget).toBe("accounts_payable");
  });

  it("extracts the vendor, invoice number, invoice date (not the due date), total and currency", () => {
    const values = Object.fromEntries(analysis.extraction.fields.map((f) => [f.name, f.value]));
    expect(values).toMatchObject({
      vendor: "Northwind Traders Ltd",
      invoice_number: "INV-2024-0417",
      date: "2024-03-05",
      total: "1050.00",
      subtotal: "875.00",
      tax: "175.00",
      currency: "GBP",
    });
  });

  it("extracts line items and trusts them because they add up to the subtotal", () => {
    const items = analysis.extraction.lineItems ?? [];
    expect(items.map((i) => [i.description, i.unitPrice, i.amount])).toEqual([
      ["Office chairs", "120.00", "480.00"],
      ["Standing desk", "350.00", "350.00"],
      ["Delivery", "45.00", "45.00"],
    ]);
    expect(items.every((i) => i.confidence >= 0.9)).toBe(true);
  });
});
