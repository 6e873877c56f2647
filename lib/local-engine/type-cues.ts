import { splitLines } from "@/lib/local-engine/document-lines";
import { NUMBER_LABELS } from "@/lib/local-engine/invoice-vocabulary";
import { documentDecimalMark, findLocalizedAmounts } from "@/lib/local-engine/number-formats";

// What a clerk sees at a glance, as named yes/no cues in any of the four languages: proof of a
// payment made (cash, change, card slip, till) says receipt; a bill-to party, due date, payment
// terms, bank details and VAT ids say invoice; prose with no figures says other document.
// The classifier weighs them with weights fitted on labelled receipts and invoices.

const rx = (source: string) => new RegExp(source, "iu");

export const TYPE_CUES = {
  cash: rx(String.raw`\bcash\b|\btender(ed)?\b|\bbargeld\b|\bespèces\b|\bcontant\b|\bbar\s*(bezahlt|gegeben)`),
  change: rx(String.raw`\bchange\b|\brückgeld\b|\bwechselgeld\b|\brendu\b|\bwisselgeld\b`),
  receipt_title: rx(String.raw`\breceipt\b|\bquittung\b|\bkassenbon\b|\bbeleg\b|\breçu\b|\bticket\s*de\s*caisse\b|\bkassabon\b|\bbon\b|cash\s*(sales?|bill)|simplified\s*tax\s*invoice`),
  card_slip: rx(String.raw`\b(visa|master(card)?|amex|debit|credit\s*card|approval\s*code|edc|maestro|girocard|ec-karte)\b`),
  till: rx(String.raw`\b(cashier|kasse|kassierer|caisse|counter|pos|served\s*by|terminal|table|tisch)\b`),
  farewell: rx(String.raw`thank\s*you|come\s*again|not\s*returnable|no\s*refund|vielen\s*dank\s*für\s*ihren\s*einkauf|merci\s*de\s*votre\s*visite|bedankt`),
  time_of_sale: /\b\d{1,2}:\d{2}(:\d{2})?\s*(AM|PM)?\b/i,
  rounding: rx(String.raw`\brounding\b|\bqty\b|\bgst\s*summary\b|\bsst\b`),
  invoice_word: rx(String.raw`\binvoice\b|\brechnung\b|\bfacture\b|\bfactuur\b|\bgutschrift\b|\bavoir\b|\bcredit\s*note\b|handelsrechnung|schlussrechnung`),
  invoice_number: NUMBER_LABELS.invoiceNumber,
  bill_to: rx(String.raw`bill(ed)?\s*to|sold\s*to|ship\s*to|invoice\s*to|rechnungsempfänger|leistungsempfänger|käufer|adresse\s*(du\s*client|de\s*facturation)|factuuradres|\bklant\b|\bkunde\b|\bcustomer\b|\bclient\b`),
  due: rx(String.raw`due\s*date|payment\s*due|due\s*by|pay\s*by|fällig|zahlbar|zahlungsziel|échéance|date\s*limite|vervaldatum|te\s*betalen\s*voor|uiterlijk`),
  terms: rx(String.raw`payment\s*terms|\bterms\b|\bnet\s*\d{1,3}\b|zahlungsbedingungen|skonto|conditions\s*de\s*(paiement|règlement)|betalingsvoorwaarden|pénalit`),
  bank: rx(String.raw`\biban\b|\bswift\b|\bbic\b|bank\s*(details|account|transfer)|bankverbindung|kontonr|virement|rekeningnummer|overschrijving`),
  vat_id: rx(String.raw`ust[\s.-]*id|ust-?idnr|steuernummer|vat\s*(no|number|id|reg)|n°\s*tva|tva\s*intra|btw[\s-]*(nr|nummer)|\bsiren\b|\bsiret\b|\bkvk\b|\bgstin\b`),
  amount_due: rx(String.raw`amount\s*due|balance\s*due|please\s*pay|total\s*due|zahlbetrag|zu\s*zahlen|net\s*[àa]\s*payer|te\s*betalen|rechnungsbetrag|montant\s*ttc|total\s*ttc`),
  net_gross: rx(String.raw`\bnetto\b|\bbrutto\b|\bht\b|\bttc\b|excl(\.|usief)?\s*btw|incl(\.|usief)?\s*btw|subtotal|zwischensumme|sous-total`),
  purchase_order: rx(String.raw`\bp\.?\s*o\.?\s*(no|number|#)|purchase\s*order|bestellnummer|ihre\s*bestellung|bon\s*de\s*commande|ordernummer|auftragsnummer`),
  letter: rx(String.raw`\b(dear|sincerely|regards|agreement|hereby|pursuant|meeting|report|policy|minutes|sehr\s*geehrte|mit\s*freundlichen|madame|monsieur|cordialement|geachte|met\s*vriendelijke)\b`),
} as const;
export type TypeCue = keyof typeof TYPE_CUES;

export type TypeSignals = {
  cues: TypeCue[];
  amounts: number;
  words: number;
  sentences: number;
  meanLineLength: number;
};

export function typeSignals(text: string, amounts: number): TypeSignals {
  const lines = text.split("\n");
  return {
    cues: (Object.keys(TYPE_CUES) as TypeCue[]).filter((cue) => TYPE_CUES[cue].test(text)),
    amounts,
    words: text.match(/\p{L}{2,}/gu)?.length ?? 0,
    sentences: text.match(/\p{Ll}{3,}[.!?](\s|$)/gu)?.length ?? 0,
    meanLineLength: lines.reduce((s, l) => s + l.trim().length, 0) / Math.max(1, lines.length),
  };
}

/** The signals of a document text, its amounts read in the document's own number style. */
export function documentTypeSignals(text: string): TypeSignals {
  return typeSignals(text, findLocalizedAmounts(splitLines(text), documentDecimalMark(text)).length);
}

/**
 * Why a document cannot be filed as "other" without a person looking: it prints amounts, an
 * invoice number, or invoice or receipt vocabulary. Empty means nothing financial was seen.
 */
export function financialEvidence(signals: TypeSignals): string[] {
  const found: string[] = [];
  if (signals.amounts > 0) found.push(`${signals.amounts} amount(s)`);
  const financialCues: TypeCue[] = ["invoice_word", "invoice_number", "receipt_title", "amount_due", "net_gross", "due", "bank", "vat_id", "cash", "card_slip"];
  for (const cue of signals.cues) if (financialCues.includes(cue)) found.push(cue.replace(/_/g, " "));
  return found;
}
