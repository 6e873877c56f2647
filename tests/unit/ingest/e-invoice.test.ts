import { readFile } from "node:fs/promises";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { parseEInvoice, readEmbeddedInvoice } from "@/lib/ingest/e-invoice";
import { EMBEDDED_FILE_LIMITS, embeddedFiles } from "@/lib/ingest/embedded-files";
import { ciiInvoiceXml, withEmbeddedFile } from "../../support/hybrid-pdf";

const invoicePdf = () => readFile(path.resolve("tests/fixtures/documents/invoice.pdf"));
const HEADER = { number: "INV-2024-0042", date: "2024-03-15", seller: "NORTHWIND OFFICE SUPPLIES SDN BHD", currency: "MYR", net: "303.00", tax: "18.18", total: "321.18" };

describe("the e-invoice inside a hybrid PDF", () => {
  it("reads a Factur-X (CII) invoice's header fields, not its line items' amounts", async () => {
    const pdf = withEmbeddedFile(await invoicePdf(), ciiInvoiceXml({ ...HEADER, iban: "DE89 3704 0044 0532 0130 00" }));
    expect(readEmbeddedInvoice(pdf)).toEqual({
      syntax: "cii",
      fields: { invoice_number: "INV-2024-0042", date: "2024-03-15", vendor: "NORTHWIND OFFICE SUPPLIES SDN BHD", customer: "Buyer", currency: "MYR", subtotal: "303.00", tax: "18.18", total: "321.18", iban: "DE89370400440532013000" },
    });
  });

  it("reads ZUGFeRD 1.0's CrossIndustryDocument", () => {
    const xml = `<rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0" xmlns:ram="r" xmlns:udt="u">
      <rsm:HeaderExchangedDocument><ram:ID>2014-03</ram:ID><ram:IssueDateTime><udt:DateTimeString format="102">20140711</udt:DateTimeString></ram:IssueDateTime></rsm:HeaderExchangedDocument>
      <rsm:SpecifiedSupplyChainTradeTransaction><ram:ApplicableSupplyChainTradeAgreement><ram:SellerTradeParty><ram:Name>Kraxi GmbH</ram:Name>
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="FC">201/113/40209</ram:ID></ram:SpecifiedTaxRegistration><ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE123456789</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty></ram:ApplicableSupplyChainTradeAgreement>
      <ram:ApplicableSupplyChainTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode><ram:SpecifiedTradeSettlementMonetarySummation>
        <ram:TaxBasisTotalAmount currencyID="EUR">285.5</ram:TaxBasisTotalAmount><ram:TaxTotalAmount currencyID="EUR">54.25</ram:TaxTotalAmount><ram:GrandTotalAmount currencyID="EUR">339.75</ram:GrandTotalAmount>
      </ram:SpecifiedTradeSettlementMonetarySummation></ram:ApplicableSupplyChainTradeSettlement></rsm:SpecifiedSupplyChainTradeTransaction></rsm:CrossIndustryDocument>`;
    expect(parseEInvoice(xml)?.fields).toEqual({ invoice_number: "2014-03", date: "2014-07-11", vendor: "Kraxi GmbH", vendor_tax_id: "DE123456789", currency: "EUR", subtotal: "285.50", tax: "54.25", total: "339.75" });
  });

  it("reads a UBL 2.1 invoice", () => {
    const xml = `<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="a" xmlns:cbc="b">
      <cbc:ID>INV/2023/03/0008</cbc:ID><cbc:IssueDate>2023-03-20</cbc:IssueDate><cbc:DueDate>2023-04-04</cbc:DueDate><cbc:DocumentCurrencyCode>USD</cbc:DocumentCurrencyCode>
      <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>Azure Interior</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>
      <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Mitchell Admin</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>
      <cac:TaxTotal><cbc:TaxAmount currencyID="USD">16.94</cbc:TaxAmount></cac:TaxTotal>
      <cac:LegalMonetaryTotal><cbc:TaxExclusiveAmount>262.90</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount>279.84</cbc:TaxInclusiveAmount></cac:LegalMonetaryTotal>
      <cac:InvoiceLine><cbc:ID>1</cbc:ID></cac:InvoiceLine></Invoice>`;
    expect(parseEInvoice(xml)?.fields).toEqual({
      invoice_number: "INV/2023/03/0008", date: "2023-03-20", due_date: "2023-04-04", vendor: "Azure Interior", customer: "Mitchell Admin", currency: "USD", subtotal: "262.90", tax: "16.94", total: "279.84",
    });
  });

  it("ignores XML that is no invoice, and refuses entity declarations", () => {
    expect(parseEInvoice(`<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>`)).toBeNull();
    expect(parseEInvoice(`<!DOCTYPE x [<!ENTITY a "aaaa">]><Invoice><ID>&a;</ID></Invoice>`)).toBeNull();
    expect(parseEInvoice("not xml <<<")).toBeNull();
  });

  it("finds no e-invoice in a plain PDF or an uncompressed non-XML attachment", async () => {
    const pdf = await invoicePdf();
    expect(readEmbeddedInvoice(pdf)).toBeNull();
    expect(readEmbeddedInvoice(withEmbeddedFile(pdf, "plain notes", { compress: false }))).toBeNull();
  });

  it("inflates an attachment only up to its cap: a compressed bomb yields nothing", async () => {
    const bomb = deflateSync(Buffer.alloc(EMBEDDED_FILE_LIMITS.maxFileBytes * 4, 0x20));
    const bombed = Buffer.concat([Buffer.from(await invoicePdf()), Buffer.from(`\n1 0 obj\n<< /Type /EmbeddedFile /Filter /FlateDecode /Length ${bomb.length} >>\nstream\n`), bomb, Buffer.from("\nendstream\nendobj\n")]);
    const pdf = withEmbeddedFile(bombed, ciiInvoiceXml(HEADER));
    expect(embeddedFiles(bombed)).toEqual([]);
    expect(readEmbeddedInvoice(pdf)?.fields.total).toBe("321.18");
  });
});
