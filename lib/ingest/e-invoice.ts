import { DOMParser } from "@xmldom/xmldom";
import { embeddedFiles } from "@/lib/ingest/embedded-files";
import type { EmbeddedInvoice } from "@/lib/ingest/reading-schema";

// The machine-readable invoice inside a hybrid PDF (EN 16931): Factur-X / ZUGFeRD 2 and XRechnung
// in UN/CEFACT CII, ZUGFeRD 1.0's CrossIndustryDocument, and OASIS UBL 2.1 (Invoice, CreditNote).
// Its issuer generated it together with the page, so where it agrees with what the page prints,
// the value is vouched for twice. Element names are matched by local name: the namespaces differ
// between versions, the structure does not.

type Element = { localName: string | null; textContent: string | null; childNodes: ArrayLike<Node>; getAttribute(name: string): string | null };
type Node = { nodeType: number };
type RawFields = { [K in keyof EmbeddedInvoice["fields"]]-?: string | null };

const ELEMENT_NODE = 1;
/** Line items repeat header element names (amounts, parties): lookups for the header never descend into them. */
const LINE_ITEMS = new Set(["IncludedSupplyChainTradeLineItem", "InvoiceLine", "CreditNoteLine"]);

function childElements(el: Element): Element[] {
  return Array.from(el.childNodes).filter((n): n is Node & Element => n.nodeType === ELEMENT_NODE);
}

function descendants(el: Element, name: string, found: Element[] = []): Element[] {
  for (const child of childElements(el)) {
    if (LINE_ITEMS.has(child.localName ?? "")) continue;
    if (child.localName === name) found.push(child);
    descendants(child, name, found);
  }
  return found;
}

/** Elements at `first` (anywhere outside line items) / `rest…` (direct children, in order). */
function all(root: Element, first: string, ...rest: string[]): Element[] {
  let level = descendants(root, first);
  for (const name of rest) level = level.flatMap((el) => childElements(el).filter((c) => c.localName === name));
  return level;
}

function text(root: Element, ...path: [string, ...string[]]): string | null {
  for (const el of all(root, ...path)) {
    const value = el.textContent?.replace(/\s+/g, " ").trim();
    if (value) return value;
  }
  return null;
}

function amount(value: string | null): string | null {
  if (!value || !/^-?\d+(\.\d+)?$/.test(value)) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n.toFixed(2) : null;
}

/** CII dates are format 102 (YYYYMMDD); UBL's are ISO already. */
function isoDate(value: string | null): string | null {
  if (!value) return null;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function firstOf(...values: (string | null)[]): string | null {
  return values.find((v) => v !== null) ?? null;
}

/** The tax total in the invoice's currency (CII may also state it in the accounting currency). */
function taxTotal(elements: Element[], currency: string | null): string | null {
  const inCurrency = elements.find((el) => !currency || !el.getAttribute("currencyID") || el.getAttribute("currencyID") === currency);
  return amount(inCurrency?.textContent?.trim() ?? null);
}

function ciiFields(root: Element): RawFields {
  // ZUGFeRD 1.0 names the header "HeaderExchangedDocument" and its sums "…MonetarySummation"; 2.x adds "Header".
  const header = all(root, "ExchangedDocument")[0] ?? all(root, "HeaderExchangedDocument")[0] ?? root;
  const sums = all(root, "SpecifiedTradeSettlementHeaderMonetarySummation")[0] ?? all(root, "SpecifiedTradeSettlementMonetarySummation")[0] ?? null;
  const currency = text(root, "InvoiceCurrencyCode");
  const seller = all(root, "SellerTradeParty")[0] ?? null;
  const taxIds = seller ? all(seller, "SpecifiedTaxRegistration", "ID") : [];
  return {
    invoice_number: text(header, "ID"),
    date: isoDate(text(header, "IssueDateTime", "DateTimeString")),
    vendor: seller ? childElements(seller).find((c) => c.localName === "Name")?.textContent?.replace(/\s+/g, " ").trim() || null : null,
    vendor_tax_id: (taxIds.find((el) => el.getAttribute("schemeID") === "VA") ?? taxIds[0])?.textContent?.trim() || null,
    customer: text(root, "BuyerTradeParty", "Name"),
    purchase_order: text(root, "BuyerOrderReferencedDocument", "IssuerAssignedID"),
    currency,
    due_date: isoDate(text(root, "SpecifiedTradePaymentTerms", "DueDateDateTime", "DateTimeString")),
    subtotal: sums ? amount(text(sums, "TaxBasisTotalAmount")) : null,
    tax: sums ? taxTotal(all(sums, "TaxTotalAmount"), currency) : null,
    total: sums ? amount(text(sums, "GrandTotalAmount")) : null,
    iban: text(root, "PayeePartyCreditorFinancialAccount", "IBANID")?.replace(/\s+/g, "").toUpperCase() ?? null,
  };
}

function ublFields(root: Element): RawFields {
  const direct = (name: string) => childElements(root).find((c) => c.localName === name)?.textContent?.trim() || null;
  const supplier = all(root, "AccountingSupplierParty", "Party")[0] ?? null;
  const customer = all(root, "AccountingCustomerParty", "Party")[0] ?? null;
  const totals = all(root, "LegalMonetaryTotal")[0] ?? null;
  const currency = direct("DocumentCurrencyCode");
  const partyName = (party: Element | null) => (party ? firstOf(text(party, "PartyName", "Name"), text(party, "PartyLegalEntity", "RegistrationName")) : null);
  return {
    invoice_number: direct("ID"),
    date: isoDate(direct("IssueDate")),
    vendor: partyName(supplier),
    vendor_tax_id: supplier ? text(supplier, "PartyTaxScheme", "CompanyID") : null,
    customer: partyName(customer),
    purchase_order: text(root, "OrderReference", "ID"),
    currency,
    due_date: isoDate(firstOf(direct("DueDate"), text(root, "PaymentMeans", "PaymentDueDate"))),
    subtotal: totals ? amount(text(totals, "TaxExclusiveAmount")) : null,
    tax: taxTotal(childElements(root).filter((c) => c.localName === "TaxTotal").flatMap((t) => childElements(t).filter((c) => c.localName === "TaxAmount")), currency),
    total: totals ? amount(text(totals, "TaxInclusiveAmount")) : null,
    iban: text(root, "PayeeFinancialAccount", "ID")?.replace(/\s+/g, "").toUpperCase() ?? null,
  };
}

const SYNTAX_OF_ROOT: Record<string, EmbeddedInvoice["syntax"]> = {
  CrossIndustryInvoice: "cii",
  CrossIndustryDocument: "cii",
  Invoice: "ubl",
  CreditNote: "ubl",
};

/** Parses one XML file as an e-invoice, or null when it is not one. */
export function parseEInvoice(xml: string): EmbeddedInvoice | null {
  // Entity declarations are how XML bombs work; no e-invoice syntax has a DOCTYPE.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return null;
  let root: Element | null;
  try {
    const doc = new DOMParser({ errorHandler: () => undefined }).parseFromString(xml, "text/xml");
    root = (doc?.documentElement as unknown as Element | null) ?? null;
  } catch {
    return null;
  }
  const syntax = root?.localName ? SYNTAX_OF_ROOT[root.localName] : undefined;
  if (!root || !syntax) return null;
  const raw = syntax === "cii" ? ciiFields(root) : ublFields(root);
  const fields = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== null && v !== "")) as EmbeddedInvoice["fields"];
  // Without the identifying fields it is some other XML that happens to share a root name.
  if (!fields.invoice_number && !fields.total) return null;
  return { syntax, fields };
}

/** The first embedded file of a PDF that parses as an e-invoice. */
export function readEmbeddedInvoice(pdfBytes: Uint8Array): EmbeddedInvoice | null {
  for (const file of embeddedFiles(pdfBytes)) {
    const head = file.subarray(0, 512).toString("utf8");
    if (!head.includes("<")) continue;
    const invoice = parseEInvoice(file.toString("utf8"));
    if (invoice) return invoice;
  }
  return null;
}
