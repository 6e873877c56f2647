import type { DocumentLine } from "@/lib/local-engine/document-lines";
import type { Candidate, Weights } from "@/lib/local-engine/ranker";

// Candidates for the document number: an id-like token after a number label ("INVOICE NO:",
// "INV#", "BILL NO", "DOC NO." with the value possibly on the next line).

const NUMBER_LABEL =
  /\b(TAX\s*INVOICE|INVOICE|INV|RECEIPT|RCPT|BILL|DOC(UMENT)?|TRANS(ACTION)?|TXN|REF(ERENCE)?|ORDER|ORD|CHECK|CHK|SLIP|CS|TRX)\b\s*(NO|NUMBER|NUM|#)?\s*\.?\s*[:#]?\s*/gi;
const ID_TOKEN = /^[:#\s]*([A-Z0-9][A-Z0-9/-]{2,})/i;

export function invoiceNumberCandidates(lines: DocumentLine[]): Candidate[] {
  const candidates: Candidate[] = [];
  const lastLine = Math.max(1, lines.length - 1);
  for (const line of lines) {
    for (const label of line.text.matchAll(NUMBER_LABEL)) {
      const after = label.index + label[0].length;
      let host = line;
      let offset = after;
      let token = ID_TOKEN.exec(line.text.slice(after));
      if (!token && line.text.slice(after).trim() === "" && lines[line.index + 1]) {
        host = lines[line.index + 1];
        offset = 0;
        token = ID_TOKEN.exec(host.text);
      }
      if (!token || !/\d/.test(token[1])) continue;
      const value = token[1];
      const start = host.start + offset + token[0].length - value.length;
      const kind = label[1].toUpperCase();
      candidates.push({
        value,
        span: { start, end: start + value.length },
        features: {
          label_invoice: /INV/.test(kind) ? 1 : 0,
          label_receipt: /RECEIPT|RCPT|BILL|CS|DOC|SLIP|CHECK|CHK/.test(kind) ? 1 : 0,
          label_reference: /REF|ORDER|ORD|TRANS|TXN|TRX/.test(kind) ? 1 : 0,
          has_number_word: label[3] ? 1 : 0,
          value_below: host !== line ? 1 : 0,
          digit_share: (value.match(/\d/g) ?? []).length / value.length,
          relative_position: line.index / lastLine,
        },
      });
    }
  }
  return candidates;
}

export const INVOICE_NUMBER_PRIOR: Weights = {
  absent: 1, label_invoice: 3, label_receipt: 2, label_reference: 0.5, has_number_word: 1, digit_share: 1,
  relative_position: -0.5,
};
