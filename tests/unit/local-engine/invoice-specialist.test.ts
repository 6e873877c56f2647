import { describe, expect, it } from "vitest";
import { buildInvoiceContext } from "@/lib/local-engine/invoice-context";
import { extractInvoiceFields, reconcileAmounts } from "@/lib/local-engine/invoice-extraction";
import { extractWithHandOff, INVOICE_PARAMS } from "@/lib/local-engine/specialists";
import { typeSignals } from "@/lib/local-engine/type-cues";
import { classifyBySignals } from "@/lib/local-engine/type-classifier";
import { findLocalizedAmounts, documentDecimalMark } from "@/lib/local-engine/number-formats";
import { splitLines } from "@/lib/local-engine/document-lines";

const signalsOf = (text: string) => typeSignals(text, findLocalizedAmounts(splitLines(text), documentDecimalMark(text)).length);
const value = (fields: Array<{ name: string; value: string | null }>, name: string) => fields.find((f) => f.name === name)?.value;

const GERMAN = [
  "Muster Handels GmbH · Hauptstraße 5 · 10115 Berlin",
  "",
  "Beispiel Kunde AG                                      Rechnungsnummer:   RE-2024-117",
  "Kundenweg 9                                            Rechnungsdatum:    12. März 2024",
  "80331 München                                          Kundennummer:      44721",
  "",
  "Pos   Beschreibung                 Menge     Einzelpreis        Betrag",
  "1     Beratung                         10          120,00      1.200,00",
  "                                         Nettobetrag            1.200,00",
  "                                         zzgl. 19% MwSt.          228,00",
  "                                         Gesamtbetrag           1.428,00",
  "Zahlbar bis 26.03.2024 ohne Abzug.  IBAN DE89 3704 0044 0532 0130 00",
  "Muster Handels GmbH   USt-IdNr. DE136695976",
].join("\n");

const FRENCH = [
  "SOCIETE EXEMPLE SARL                                   FACTURE N° : F2024-0042",
  "12 rue des Lilas                                       Date : 03/04/2024",
  "75011 PARIS",
  "                                            Adresse du client",
  "                                            CLIENT DUPONT",
  "Désignation                      Quantité     Prix unitaire     Montant HT",
  "Maintenance                           1            500,00           500,00",
  "                                                   Total HT          500,00",
  "                                                   TVA 20%           100,00",
  "                                                   Total TTC         600,00",
  "Date d'échéance : 03/05/2024",
].join("\n");

describe("the invoice specialist", () => {
  it("reads a German invoice it has never seen: vendor, number, dates and amounts", () => {
    const { fields } = extractInvoiceFields(buildInvoiceContext(GERMAN, new Date("2024-06-01")), INVOICE_PARAMS);
    expect(value(fields, "vendor")).toBe("Muster Handels GmbH");
    expect(value(fields, "invoice_number")).toBe("RE-2024-117");
    expect(value(fields, "date")).toBe("2024-03-12");
    expect(value(fields, "total")).toBe("1428.00");
    expect(value(fields, "subtotal")).toBe("1200.00");
    expect(value(fields, "tax")).toBe("228.00");
    expect(value(fields, "currency")).toBe(null);
    expect(value(fields, "iban")).toBe("DE89370400440532013000");
  });

  it("reads a French invoice with day-first dates", () => {
    const { fields } = extractInvoiceFields(buildInvoiceContext(FRENCH, new Date("2024-06-01")), INVOICE_PARAMS);
    expect(value(fields, "invoice_number")).toBe("F2024-0042");
    expect(value(fields, "date")).toBe("2024-04-03");
    expect(value(fields, "total")).toBe("600.00");
    expect(value(fields, "due_date")).toBe("2024-05-03");
  });

  it("names the vendor without the department its letterhead adds", () => {
    const letterhead = FRENCH.replace("SOCIETE EXEMPLE SARL        ", "Lumen Télécom Service Abonnés");
    const { fields } = extractInvoiceFields(buildInvoiceContext(letterhead, new Date("2024-06-01")), INVOICE_PARAMS);
    expect(value(fields, "vendor")).toBe("Lumen Télécom");
  });
});

describe("classification and hand-off", () => {
  it("classifies invoices in four languages as invoices, never as other documents", () => {
    for (const text of [GERMAN, FRENCH]) expect(classifyBySignals(signalsOf(text)).docType).toBe("invoice");
  });

  it("does not file a document with amounts as generic, even when it reads like a letter", () => {
    const letter = "Dear Sir or Madam,\nwe hereby confirm the meeting of the board and its minutes, as agreed in the policy report.\nThe fee of 1.200,00 EUR will follow.\nSincerely, The Board";
    expect(classifyBySignals(signalsOf(letter)).docType).not.toBe("generic");
  });

  it("files a plain letter without figures as generic", () => {
    const letter = "Dear Sir or Madam,\nwe hereby confirm the meeting of the board and its minutes, as agreed in the policy report.\nSincerely, The Board";
    expect(classifyBySignals(signalsOf(letter)).docType).toBe("generic");
  });

  it("lets the receipt specialist hand an invoice back once, to the invoice specialist", () => {
    const { result, handOffs } = extractWithHandOff("receipt", GERMAN, signalsOf(GERMAN), { referenceDate: new Date("2024-06-01") });
    expect(handOffs).toEqual([expect.objectContaining({ from: "receipt", suggestedType: "invoice" })]);
    expect(result.docType).toBe("invoice");
    expect(value(result.fields, "invoice_number")).toBe("RE-2024-117");
  });

  it("keeps a document with its specialist when it is of its kind", () => {
    const { handOffs } = extractWithHandOff("invoice", GERMAN, signalsOf(GERMAN));
    expect(handOffs).toEqual([]);
  });
});

describe("invoice amounts that must add up", () => {
  const ranked = (...values: Array<[string | null, number]>) => values.map(([v, share], i) => ({ value: v, share, span: v === null ? null : { start: i * 10, end: i * 10 + 5 } }));

  it("takes the tax among the next candidates that makes net + tax = total, when the top one does not", () => {
    // A VAT breakdown ending in a 0 % line: ranked alone, its 0.00 wins the tax.
    const choice = reconcileAmounts({ subtotal: ranked(["100.00", 0.8]), tax: ranked(["0.00", 0.5], ["2.20", 0.2], ["4.90", 0.15]), total: ranked(["104.90", 0.9]) });
    expect(choice.tax?.value).toBe("4.90");
  });

  it("takes the net that adds up when no tax candidate does, and never replaces the total", () => {
    const choice = reconcileAmounts({ subtotal: ranked(["49.99", 0.6], ["41.31", 0.3]), tax: ranked(["8.68", 0.7]), total: ranked(["49.99", 0.9], ["58.67", 0.05]) });
    expect(choice).toEqual({ subtotal: expect.objectContaining({ value: "41.31" }) });
  });

  it("leaves amounts that add up, and takes nothing that is not printed or too far down the ranking", () => {
    expect(reconcileAmounts({ subtotal: ranked(["100.00", 0.8]), tax: ranked(["20.00", 0.6]), total: ranked(["120.00", 0.9]) })).toEqual({});
    const deep = ranked(["0.00", 0.5], ["1.00", 0.1], ["2.00", 0.1], ["3.00", 0.1], ["5.00", 0.1], ["6.00", 0.05], ["20.00", 0.05]);
    expect(reconcileAmounts({ subtotal: ranked(["100.00", 0.8]), tax: deep, total: ranked(["120.00", 0.9]) })).toEqual({});
    const summed = [{ value: "0.00", share: 0.6, span: { start: 0, end: 4 } }, { value: "20.00", share: 0.3, span: null }];
    expect(reconcileAmounts({ subtotal: ranked(["100.00", 0.8]), tax: summed, total: ranked(["120.00", 0.9]) })).toEqual({});
  });
});
