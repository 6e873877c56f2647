import type { AmountMention } from "@/lib/local-engine/amounts";
import type { DocumentLine } from "@/lib/local-engine/document-lines";
import { softmax } from "@/lib/local-engine/ranker";
import type { ClassificationOutput } from "@/lib/schemas/agent-outputs";
import { documentTypes, docTypeIdSchema, type DocTypeId } from "@/lib/schemas/document-types";

// Document type from cues a clerk would use: proof of payment (cash, change, card slip) means a
// receipt — even when the paper is headed "tax invoice", as simplified tax invoices are — while a
// bill-to party, due date or payment terms mean an invoice; prose with few amounts is generic.
// The weights are set by hand (no labelled invoices or letters yet), so for those types the
// confidence is a score, not a measured probability.

type Cue = { pattern: RegExp; weight: number; says: string };

const CUES: Record<DocTypeId, Cue[]> = {
  receipt: [
    { pattern: /\bCASH\b|\bTENDER(ED)?\b/, weight: 1.5, says: "cash payment" },
    { pattern: /\bCHANGE\b/, weight: 1.5, says: "change given" },
    { pattern: /\bRECEIPT\b/, weight: 1.5, says: "titled receipt" },
    { pattern: /\b(VISA|MASTER(CARD)?|AMEX|DEBIT|CREDIT\s*CARD|APPROVAL\s*CODE|EDC)\b/, weight: 1, says: "card payment" },
    { pattern: /\b(CASHIER|TABLE|COUNTER|POS|SERVED\s*BY|TERMINAL)\b/, weight: 1, says: "point-of-sale terms" },
    { pattern: /THANK\s*YOU|COME\s*AGAIN|NOT\s*RETURNABLE|NO\s*REFUND/, weight: 1, says: "shop farewell" },
    { pattern: /SIMPLIFIED\s*TAX\s*INVOICE|CASH\s*(SALES?|BILL)/, weight: 2, says: "cash-sale heading" },
    { pattern: /\b\d{1,2}:\d{2}(:\d{2})?\s*(AM|PM)?\b/, weight: 1, says: "time of sale" },
    { pattern: /\bROUNDING\b|\bQTY\b|\bGST\s*SUMMARY\b/, weight: 0.5, says: "till layout" },
    { pattern: /\bPARKING\b|\bTICKET\b|\bMEMBER\b|\bPOINTS\b|\bPUMP\b|\bLITRE\b/, weight: 1, says: "retail service terms" },
  ],
  invoice: [
    { pattern: /\bBILL(ED)?\s*TO\b|\bSOLD\s*TO\b|\bSHIP\s*TO\b|\bINVOICE\s*TO\b/, weight: 2, says: "bill-to party" },
    { pattern: /\bDUE\s*DATE\b|\bPAYMENT\s*DUE\b|\bDUE\s*BY\b|\bPAY\s*BY\b/, weight: 2, says: "due date" },
    { pattern: /\b(PAYMENT\s*)?TERMS\b|\bNET\s*\d{1,3}\b/, weight: 1.5, says: "payment terms" },
    { pattern: /\bP\.?\s*O\.?\s*(NO|NUMBER|#)|PURCHASE\s*ORDER/, weight: 1, says: "purchase order" },
    { pattern: /\bIBAN\b|\bSWIFT\b|\bBANK\s*(DETAILS|ACCOUNT|TRANSFER)|\bACCOUNT\s*(NO|NUMBER)|REMIT/, weight: 1.5, says: "bank details" },
    { pattern: /\bINVOICE\s*(NO|NUMBER|#|DATE)\b/, weight: 1, says: "invoice number" },
    { pattern: /\bAMOUNT\s*DUE\b|\bBALANCE\s*DUE\b|\bPLEASE\s*PAY\b/, weight: 1.5, says: "amount due" },
  ],
  generic: [
    { pattern: /\b(DEAR|SINCERELY|REGARDS|AGREEMENT|HEREBY|PURSUANT|MEETING|REPORT|POLICY|MINUTES)\b/, weight: 1.5, says: "letter or report wording" },
  ],
};

export function classifyDocument(lines: DocumentLine[], amounts: AmountMention[]): ClassificationOutput {
  const text = lines.map((l) => l.text).join("\n").toUpperCase();
  const words = text.match(/\p{L}{2,}/gu)?.length ?? 0;
  const sentences = text.match(/[a-z\p{L}]{3,}[.!?](\s|$)/gu)?.length ?? 0;
  const meanLine = lines.reduce((s, l) => s + l.text.length, 0) / Math.max(1, lines.length);
  const found: Record<DocTypeId, string[]> = { receipt: [], invoice: [], generic: [] };
  const scores = docTypeIdSchema.options.map((type) => {
    let score = 0;
    for (const cue of CUES[type]) {
      if (!cue.pattern.test(text)) continue;
      score += cue.weight;
      found[type].push(cue.says);
    }
    return score;
  });
  // Prose: long lines made of sentences; a form is short lines of labels and figures.
  const prose = (meanLine > 45 ? 2 : 0) + (sentences >= 3 ? 2 : 0) + (amounts.length === 0 ? 2 : 0) - (amounts.length > words / 10 ? 1 : 0);
  scores[docTypeIdSchema.options.indexOf("generic")] += prose;
  if (prose > 0) found.generic.push("prose with few amounts");
  const shares = softmax(scores);
  const best = shares.indexOf(Math.max(...shares));
  const docType = docTypeIdSchema.options[best];
  const cues = found[docType];
  return {
    docType,
    confidence: Math.round(shares[best] * 1000) / 1000,
    routingTarget: documentTypes[docType].routingTarget,
    rationale: cues.length > 0 ? `${documentTypes[docType].label}: ${cues.join(", ")}.` : `${documentTypes[docType].label}: no distinctive cue found.`,
  };
}
