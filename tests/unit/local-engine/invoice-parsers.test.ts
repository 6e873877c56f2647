import { describe, expect, it } from "vitest";
import { findLocalizedDates, parseLocalizedDate } from "@/lib/local-engine/date-formats";
import { detectLanguage, prefersMonthFirst } from "@/lib/local-engine/document-language";
import { splitLines } from "@/lib/local-engine/document-lines";
import { aboveLabel, documentCells, leftLabel } from "@/lib/local-engine/layout-cells";
import { documentDecimalMark, findLocalizedAmounts, parseLocalizedAmount } from "@/lib/local-engine/number-formats";

describe("amounts in European and English formats", () => {
  it.each([
    ["1.234,56", ",", 123456],
    ["1,234.56", ".", 123456],
    ["1 234,56", ",", 123456],
    ["1'234.50", ".", 123450],
    ["€ 399,00", ",", 39900],
    ["1.005,55 EUR", ",", 100555],
    ["-9,32", ",", -932],
    ["100,00-", ",", -10000],
    ["$4.11", ".", 411],
    ["37.763,70", ",", 3776370],
  ] as const)("reads %s as %d cents", (text, mark, cents) => {
    expect(parseLocalizedAmount(text, mark)).toBe(cents);
  });

  it("reads a lone thousands group as thousands, not as decimals", () => {
    expect(parseLocalizedAmount("1.234", ",")).toBe(123400);
  });

  it("refuses three decimals under the document's own decimal mark (a quantity, not money)", () => {
    expect(parseLocalizedAmount("1,250", ",")).toBeNull();
  });

  it("learns the decimal mark from the document's unambiguous amounts", () => {
    expect(documentDecimalMark("Nettobetrag 198,00\nMwSt 37,62\nDatum 05.03.2020")).toBe(",");
    expect(documentDecimalMark("Subtotal $262.90\nTax $16.94")).toBe(".");
  });

  it("finds amounts on a line without taking dates, percentages or ids", () => {
    const lines = splitLines("Umsatzsteuer (S)   198,00   19%   37,62   vom 05.03.2020   Nr. 471102");
    expect(findLocalizedAmounts(lines, ",").map((a) => a.cents)).toEqual([19800, 3762]);
  });
});

describe("dates per language", () => {
  const de = { language: "de", monthFirst: false } as const;
  it.each([
    ["12. März 2024", { language: "de", monthFirst: false }, "2024-03-12"],
    ["11. Juli 2014", { language: "de", monthFirst: false }, "2014-07-11"],
    ["19 april 2014", { language: "nl", monthFirst: false }, "2014-04-19"],
    ["3 août 2014", { language: "fr", monthFirst: false }, "2014-08-03"],
    ["August 3 , 2014", { language: "en", monthFirst: true }, "2014-08-03"],
    ["12/03/2024", { language: "fr", monthFirst: false }, "2024-03-12"],
    ["12/03/2024", { language: "en", monthFirst: true }, "2024-12-03"],
    ["05.03.2020", { language: "de", monthFirst: false }, "2020-03-05"],
    ["2014-04-19", { language: "de", monthFirst: false }, "2014-04-19"],
  ] as const)("reads %s as %s", (text, reading, iso) => {
    expect(parseLocalizedDate(text, reading)).toBe(iso);
  });

  it("finds an English month name in a German document", () => {
    expect(findLocalizedDates(splitLines("Rechnungsdatum: March 5, 2020"), de).map((d) => d.iso)).toEqual(["2020-03-05"]);
  });
});

describe("language and country cues", () => {
  it("tells the four languages apart by their words", () => {
    expect(detectLanguage("Rechnung Nr. 12 vom 05.03.2020, zahlbar bis 04.04.2020 netto").language).toBe("de");
    expect(detectLanguage("Facture n° 12 du 02/03/2022, total TTC à payer par virement").language).toBe("fr");
    expect(detectLanguage("Factuurnummer 12, totaal te betalen, BTW 21% van het bedrag").language).toBe("nl");
    expect(detectLanguage("Invoice number 12, the total amount due for your account").language).toBe("en");
  });

  it("reads numeric dates month-first only for US documents in English", () => {
    expect(prefersMonthFirst("Invoice, Total $ 279.84, Chicago IL 60601", "en")).toBe(true);
    expect(prefersMonthFirst("Invoice, VAT 20%, Total £ 100.00", "en")).toBe(false);
    expect(prefersMonthFirst("Rechnung $ 10.00", "de")).toBe(false);
  });
});

describe("layout cells", () => {
  const cells = documentCells(splitLines(["   Rechnungsnummer            Datum", "   471102                     05.03.2020", "Bruttosumme        235,62"].join("\n")));
  it("takes the worded cell left of a value as its label", () => {
    expect(leftLabel(cells, 2, cells[2][1].start)?.text).toBe("Bruttosumme");
  });
  it("takes the caption above a column as the label of the value below it", () => {
    expect(aboveLabel(cells, 1, cells[1][1].col, cells[1][1].colEnd)?.text).toBe("Datum");
  });
});
