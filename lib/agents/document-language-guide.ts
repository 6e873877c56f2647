// What an LLM needs told about European invoices that it would otherwise get wrong: the labels in
// German, English, French and Dutch, and how their numbers and dates are written. Shared by the
// extraction and classification prompts so both read the same documents the same way.

export const LANGUAGE_GUIDE = [
  "Documents may be in German, English, French or Dutch (or mix them). Typical labels:",
  "- invoice number: Rechnungsnummer, Rechnungs-Nr., Belegnummer, Invoice No., Facture n°, N° de facture, Factuurnummer.",
  "- issue date: Rechnungsdatum, Datum, Invoice date, Date de facture, Factuurdatum. Due date: Fällig am, zahlbar bis, Due date, Date d'échéance, Vervaldatum.",
  "- net: Nettobetrag, Summe netto, Zwischensumme, Subtotal, Total HT, Montant HT, Exclusief BTW, Subtotaal. Tax: MwSt., USt., Umsatzsteuer, VAT, TVA, BTW.",
  "- gross total: Gesamtbetrag, Rechnungsbetrag, Bruttobetrag, Zahlbetrag, Endsumme, Total, Amount due, Total TTC, Net à payer, Totaal, Te betalen.",
  "- issuer (vendor): the seller in the letterhead or under Verkäufer/Lieferant/Seller/Fournisseur/Leverancier — never the buyer under Rechnungsempfänger/Kunde/Bill to/Client/Klant.",
  "Numbers: 1.234,56 and 1 234,56 mean one thousand two hundred thirty-four and 56 hundredths (de, fr, nl); 1,234.56 is the English form. Always answer amounts as 1234.56.",
  "Dates: numeric dates are day-first (12/03/2024 and 12.03.2024 are 12 March 2024) except in US documents; month names in any of the four languages (12. März 2024, 12 mars 2024, 12 maart 2024). Always answer YYYY-MM-DD.",
].join("\n");

export const CLASSIFICATION_GUIDE = [
  "An invoice asks for payment: invoice number, bill-to party, due date or payment terms, bank details, net/tax/gross (Rechnung, Facture, Factuur, Gutschrift and credit notes are invoices).",
  "A receipt proves a payment already made: till slip, cash or card payment, change given (Quittung, Kassenbon, Reçu, Kassabon).",
  "Choose generic only when the document prints no amounts, no invoice number and no invoice or receipt wording; when in doubt between generic and a financial type, choose the financial type with a low confidence.",
].join("\n");
