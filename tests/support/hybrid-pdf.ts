import { deflateSync } from "node:zlib";

// A hybrid invoice for tests: a PDF with an XML file embedded in it, as Factur-X and ZUGFeRD
// writers produce. The file is appended as an /EmbeddedFile stream object after the PDF's end;
// Sieve reads such streams from the bytes, so the catalog need not point at it.
export function withEmbeddedFile(pdf: Uint8Array, content: Uint8Array | string, options: { compress?: boolean } = {}): Buffer {
  const raw = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
  const data = options.compress === false ? raw : deflateSync(raw);
  const filter = options.compress === false ? "" : " /Filter /FlateDecode";
  const head = Buffer.from(`\n9000 0 obj\n<< /Type /EmbeddedFile /Subtype /text#2Fxml${filter} /Length ${data.length} /Params << /Size ${raw.length} >> >>\nstream\n`, "latin1");
  return Buffer.concat([Buffer.from(pdf), head, data, Buffer.from("\nendstream\nendobj\n", "latin1")]);
}

/** A Factur-X (CII D16B) invoice with the given header values. */
export function ciiInvoiceXml(v: { number: string; date: string; seller: string; currency: string; net: string; tax: string; total: string; iban?: string }): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocument><ram:ID>${v.number}</ram:ID><ram:TypeCode>380</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">${v.date.replaceAll("-", "")}</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <ram:IncludedSupplyChainTradeLineItem><ram:SpecifiedLineTradeSettlement><ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>1.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>
    <ram:ApplicableHeaderTradeAgreement><ram:SellerTradeParty><ram:Name>${v.seller}</ram:Name></ram:SellerTradeParty><ram:BuyerTradeParty><ram:Name>Buyer</ram:Name></ram:BuyerTradeParty></ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>${v.currency}</ram:InvoiceCurrencyCode>
      ${v.iban ? `<ram:SpecifiedTradeSettlementPaymentMeans><ram:PayeePartyCreditorFinancialAccount><ram:IBANID>${v.iban}</ram:IBANID></ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>` : ""}
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:TaxBasisTotalAmount>${v.net}</ram:TaxBasisTotalAmount><ram:TaxTotalAmount currencyID="${v.currency}">${v.tax}</ram:TaxTotalAmount><ram:GrandTotalAmount>${v.total}</ram:GrandTotalAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>`;
}
