import { vendorFieldValue } from "@/lib/vendors/vendor-fields";
import { differsByWholeWords, findInText, foldText, textLines, textSimilarity, type SpanMatch } from "@/lib/vendors/vendor-text";

// Recognising a tenant's known vendor on a new document. An identifier printed on the document
// (tax id, IBAN) is decisive; otherwise the vendor's known name (or a spelling reviewers approved
// before) must be found in the text, fuzzily, with the address as supporting evidence. A name
// that fits two vendors about equally well matches neither: a wrong vendor is worse than none.

export interface KnownVendor {
  id: string;
  name: string;
  /** Other spellings reviewers approved for this vendor. */
  aliases: string[];
  address: string | null;
  taxId: string | null;
  iban: string | null;
  currency: string | null;
  approvedDocuments: number;
  /** Approved documents whose approved name differed from the spelling known at the time. */
  spellingChanges: number;
  /** Per field, on documents a person checked (review or audit): extracted right, or corrected. */
  fieldChecks: Record<string, { right: number; corrected: number }>;
}

export type MatchedBy = "tax_id" | "iban" | "name";

export interface VendorMatch {
  vendor: KnownVendor;
  matchedBy: MatchedBy;
  /** Name similarity (1 for an identifier match with the name in the text). */
  score: number;
  /** Where the document prints the vendor's name and address, when found. */
  nameSpan: SpanMatch | null;
  addressSpan: SpanMatch | null;
}

export const NAME_MATCH_MIN = 0.82;
const ADDRESS_SUPPORT_MIN = 0.75;
/** An address is only replaced by the known one when the print is this close (branches differ a little). */
export const ADDRESS_SNAP_MIN = 0.92;
const AMBIGUITY_MARGIN = 0.04;
const MIN_ID_LENGTH = 6;

function bestNameSpan(lines: ReturnType<typeof textLines>, vendor: KnownVendor, min: number): SpanMatch | null {
  let best: SpanMatch | null = null;
  for (const spelling of [vendor.name, ...vendor.aliases]) {
    const found = findInText(lines, spelling, 3, min);
    if (found && (!best || found.score > best.score)) best = found;
  }
  return best;
}

export function matchVendor(input: { text: string; fields: Record<string, string | null | undefined> }, vendors: readonly KnownVendor[]): VendorMatch | null {
  if (vendors.length === 0) return null;
  const lines = textLines(input.text);
  const foldedText = foldText(input.text);
  const foldedFields = new Set(Object.values(input.fields).filter((v): v is string => !!v).map(foldText));
  const printed = (id: string | null) => {
    const folded = id ? foldText(id) : "";
    return folded.length >= MIN_ID_LENGTH && (foldedText.includes(folded) || foldedFields.has(folded));
  };

  const byId = vendors.flatMap((vendor) => {
    const matchedBy: MatchedBy | null = printed(vendor.taxId) ? "tax_id" : printed(vendor.iban) ? "iban" : null;
    return matchedBy ? [{ vendor, matchedBy }] : [];
  });
  if (byId.length > 0) {
    // Several vendors sharing an identifier (a data-entry slip): the name decides among them.
    const ranked = byId
      .map((c) => ({ ...c, nameSpan: bestNameSpan(lines, c.vendor, 0.6) }))
      .sort((a, b) => (b.nameSpan?.score ?? 0) - (a.nameSpan?.score ?? 0));
    const top = ranked[0]!;
    if (ranked.length === 1 || (top.nameSpan?.score ?? 0) - (ranked[1]!.nameSpan?.score ?? 0) >= AMBIGUITY_MARGIN) {
      return { vendor: top.vendor, matchedBy: top.matchedBy, score: top.nameSpan?.score ?? 1, nameSpan: top.nameSpan, addressSpan: top.vendor.address ? findInText(lines, top.vendor.address, 4, ADDRESS_SUPPORT_MIN) : null };
    }
  }

  // The extractor's own reading of the vendor ranks first: a known name printed elsewhere on the
  // page (the customer on a supplier's invoice) must not take over a document it reads as another's.
  const extracted = vendorFieldValue("name", input.fields);
  const candidates = vendors
    .map((vendor) => {
      // The extractor read a name that is a known one plus or minus whole words: another business.
      if (extracted && [vendor.name, ...vendor.aliases].every((n) => differsByWholeWords(n, extracted))) return null;
      const nameSpan = bestNameSpan(lines, vendor, NAME_MATCH_MIN);
      if (!nameSpan) return null;
      const addressSpan = vendor.address ? findInText(lines, vendor.address, 4, ADDRESS_SUPPORT_MIN) : null;
      const agrees = extracted ? Math.max(...[vendor.name, ...vendor.aliases].map((n) => textSimilarity(n, extracted))) >= NAME_MATCH_MIN : false;
      return { vendor, nameSpan, addressSpan, agrees, rank: nameSpan.score + (addressSpan ? 0.05 * addressSpan.score : 0) + (agrees ? 1 : 0) };
    })
    .filter((c) => c !== null)
    .sort((a, b) => b.rank - a.rank);
  const top = candidates[0];
  if (!top) return null;
  const runnerUp = candidates.find((c) => c.vendor.id !== top.vendor.id && textSimilarity(c.vendor.name, top.vendor.name) < 1);
  if (runnerUp && top.rank - runnerUp.rank < AMBIGUITY_MARGIN) return null;
  // A known name printed on a document the extractor reads as another vendor's: no match.
  if (extracted && !top.agrees && textSimilarity(extracted, top.nameSpan.text) < NAME_MATCH_MIN) return null;
  return { vendor: top.vendor, matchedBy: "name", score: top.nameSpan.score, nameSpan: top.nameSpan, addressSpan: top.addressSpan };
}
