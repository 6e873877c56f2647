import type { InvoiceContext } from "@/lib/local-engine/invoice-context";
import {
  ADDRESS_LIKE,
  CONTACT_LIKE,
  LEGAL_FORM,
  ORGANISATION_WORD,
  PARTY_LABELS,
  TITLE_LIKE,
} from "@/lib/local-engine/invoice-vocabulary";
import type { Cell } from "@/lib/local-engine/layout-cells";
import type { Candidate, Weights } from "@/lib/local-engine/ranker";

// Candidates for the issuer of an invoice: cells near the top and in the footer, the parts of a
// sender line ("Kraxi GmbH · Flugzeugallee 17 · 12345 Papierfeld"), and the cell beside a seller
// caption. Described by legal form, place, the party caption above it (seller or buyer), whether
// the name recurs (letterhead and footer) or appears in the document's web and mail addresses.

const HEAD = 30;
const FOOT = 15;
const SENDER_SEPARATOR = /\s+[•·|]\s+|\s+-\s+(?=\d)/u;

type Source = { cell: Cell; text: string; start: number; sender: boolean };

// A letterhead often names the department that sends the bill after the company ("Orange Service
// Clients", "Acme Billing Department"); the vendor is the company.
const DEPARTMENT_SUFFIX =
  /\s+(service\s+(abonn[ée]s?|clients?|client[èe]le|facturation)|customer\s+(service|care|support)|billing(\s+department)?|accounts?\s+(department|receivable)|kundenservice|kundendienst|buchhaltung|klantenservice|klantendienst|facturatie|debiteurenadministratie)$/iu;

function cleaned(text: string): string {
  return text.replace(/^(logo|©|\(c\))\s+/iu, "").replace(/^(name|firma|company|seller|verkäufer|fournisseur)\s*:\s*/iu, "").replace(/[\s,;:]+$/u, "").replace(/\s+(invoice|rechnung|facture|factuur|gutschrift|avoir|credit note)$/iu, "").replace(DEPARTMENT_SUFFIX, "").trim();
}

function sources(ctx: InvoiceContext): Source[] {
  const found: Source[] = [];
  const n = ctx.lines.length;
  for (const row of ctx.cells) {
    for (const cell of row) {
      const inRange = cell.lineIndex < HEAD || cell.lineIndex >= n - FOOT;
      if (SENDER_SEPARATOR.test(cell.text)) {
        const first = cell.text.split(SENDER_SEPARATOR)[0];
        found.push({ cell, text: cleaned(first), start: cell.start + cell.text.indexOf(first), sender: true });
      }
      if (!inRange && !(row.some((c) => /^(name|firma)\s*:?$/iu.test(c.text)) && cell.col > 0)) continue;
      const text = cleaned(cell.text);
      const offset = cell.text.indexOf(text);
      found.push({ cell, text, start: cell.start + Math.max(0, offset), sender: false });
    }
  }
  return found.filter((s) => /\p{L}{2,}/u.test(s.text) && s.text.length <= 80);
}

// A caption is a cell that is nothing but party words ("Verkäufer", "Bill to:", "Käufer/Leistungsempfänger"),
// not a name that happens to contain one ("Lieferant GmbH", "LE FOURNISSEUR").
function isCaption(text: string, label: RegExp): boolean {
  if (LEGAL_FORM.test(text) || text.split(/\s+/).length > 4 || !label.test(text)) return false;
  const rest = text.replace(new RegExp(label.source, "giu"), "").replace(/[^\p{L}]/gu, "");
  return rest.length <= 3 && !/^(le|la|the|de|die|der)\s/iu.test(text);
}

// DIN 5008 and its cousins: the one-line sender address sits right above the recipient's window.
function belowSenderLine(ctx: InvoiceContext, cell: Cell): boolean {
  for (let k = cell.lineIndex - 1; k >= 0 && k >= cell.lineIndex - 3; k--) {
    if ((ctx.cells[k] ?? []).some((c) => SENDER_SEPARATOR.test(c.text) && c.col <= cell.col + 4 && c.colEnd >= cell.col)) return true;
  }
  return false;
}

/** The party whose caption is nearest above (or left of) the cell: a section heading governs what follows it. */
function partyOf(ctx: InvoiceContext, cell: Cell, reach = 8): "seller" | "buyer" | null {
  for (let k = cell.lineIndex; k >= 0 && k >= cell.lineIndex - reach; k--) {
    const row = (ctx.cells[k] ?? []).filter((c) => (k === cell.lineIndex ? c.colEnd <= cell.col : c.col <= cell.col + 4 && c.colEnd >= cell.col - 60));
    for (const c of row.reverse()) {
      if (isCaption(c.text, PARTY_LABELS.seller)) return "seller";
      if (isCaption(c.text, PARTY_LABELS.buyer)) return "buyer";
    }
  }
  return null;
}

export function vendorCandidates(ctx: InvoiceContext): Candidate[] {
  const lower = ctx.text.toLowerCase();
  const domains = (ctx.text.match(/(?:@|www\.|https?:\/\/)([\p{L}\d.-]+)/giu) ?? []).join(" ").toLowerCase();
  const n = Math.max(1, ctx.lines.length);
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const s of sources(ctx)) {
    const key = `${s.start}:${s.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const words = s.text.split(/\s+/);
    const letters = s.text.replace(/[^\p{L}]/gu, "");
    const occurrences = lower.split(s.text.toLowerCase()).length - 1;
    const row = ctx.cells[s.cell.lineIndex];
    const leftCell = row.filter((c) => c.end <= s.cell.start).at(-1);
    const party = partyOf(ctx, s.cell);
    candidates.push({
      value: s.text,
      span: { start: s.start, end: s.start + s.text.length },
      features: {
        legal_form: LEGAL_FORM.test(s.text) ? 1 : 0,
        legal_form_end: new RegExp(`(${LEGAL_FORM.source})\\.?$`, "u").test(s.text) ? 1 : 0,
        organisation_word: ORGANISATION_WORD.test(s.text) ? 1 : 0,
        all_caps: letters.length > 2 && letters === letters.toUpperCase() ? 1 : 0,
        line_inverse: 1 / (1 + s.cell.lineIndex),
        in_head: s.cell.lineIndex < 12 ? 1 : 0,
        in_footer: s.cell.lineIndex >= n - FOOT ? 1 : 0,
        first_cell: row[0] === s.cell ? 1 : 0,
        repeats: Math.min(occurrences - 1, 3) / 3,
        in_web_address: words.some((w) => w.length >= 3 && domains.includes(w.toLowerCase().replace(/[^\p{L}\d]/gu, ""))) ? 1 : 0,
        seller_caption: party === "seller" ? 1 : 0,
        buyer_caption: party === "buyer" ? 1 : 0,
        name_caption: leftCell && /^(name|firma)\s*:?$/iu.test(leftCell.text) ? 1 : 0,
        sender_line: s.sender ? 1 : 0,
        below_sender_line: !s.sender && belowSenderLine(ctx, s.cell) ? 1 : 0,
        address_like: ADDRESS_LIKE.test(s.text) ? 1 : 0,
        contact_like: CONTACT_LIKE.test(s.text) ? 1 : 0,
        title_like: TITLE_LIKE.test(s.text) || isCaption(s.text, PARTY_LABELS.buyer) || isCaption(s.text, PARTY_LABELS.seller) || /\b(n°|nr\.?|no\.?)\s*:?$/iu.test(s.text) ? 1 : 0,
        digit_ratio: (s.text.match(/\d/g) ?? []).length / s.text.length,
        single_word: words.length === 1 ? 1 : 0,
        many_words: words.length > 5 ? 1 : 0,
        sentence: /[.!?]$/.test(s.text) && words.length > 3 ? 1 : 0,
        has_colon: s.text.includes(":") ? 1 : 0,
      },
    });
  }
  return candidates;
}

export const VENDOR_PRIOR: Weights = {
  legal_form: 2, legal_form_end: 1, organisation_word: 0.5, all_caps: 0, line_inverse: 1.5, in_head: 0.5, in_footer: 0.3, first_cell: 0,
  repeats: 1.5, in_web_address: 1, seller_caption: 2, buyer_caption: -2.5, name_caption: 0.5, sender_line: 1.5, below_sender_line: -1.5, address_like: -2.5,
  contact_like: -2, title_like: -3, digit_ratio: -3, single_word: -0.3, many_words: -1.5, sentence: -2, has_colon: -1,
};
