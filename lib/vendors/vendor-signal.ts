import type { KnownVendor, VendorMatch } from "@/lib/vendors/vendor-match";

// The `vendor` confidence signal (agreed interface: TEAM.md, item 3) and the evidence it adds.
// Vendor memory is independent evidence on top of what the extractor saw, so it is combined in
// odds: a field's odds are multiplied by the likelihood ratio of what the vendor's history says.
// A field that reviewers found right on r of this vendor's checked documents and corrected on c has
// odds (r + 1) : (c + 1) of being right again (Laplace): the extractor reads this vendor's layout
// well, or it does not. A value printed beside the label the vendor always uses for that field gains
// the same way, one printed elsewhere loses. An unknown vendor has no history
// behind its name, so the extracted name counts for less.

export interface VendorSignal {
  known: boolean;
  approvedDocuments: number;
  matchedBy: "tax_id" | "iban" | "name" | null;
}

/** Likelihood ratio of "this vendor was never seen": its name is the least certain part of a new document. */
export const UNKNOWN_VENDOR_RATIO = 0.25;
/** An identifier printed on the document (tax id, IBAN) doubles the weight of the vendor's history. */
const IDENTIFIER_RATIO = 2;
const MAX_CONFIDENCE = 0.999;

export const NO_VENDOR: VendorSignal = { known: false, approvedDocuments: 0, matchedBy: null };

export function vendorSignal(match: VendorMatch | null): VendorSignal {
  return match ? { known: true, approvedDocuments: match.vendor.approvedDocuments, matchedBy: match.matchedBy } : NO_VENDOR;
}

const odds = (p: number) => (p >= 1 ? Infinity : p / (1 - p));
const probability = (o: number) => (o === Infinity ? 1 : o / (1 + o));
const round = (p: number) => Math.round(Math.min(MAX_CONFIDENCE, Math.max(0, p)) * 1000) / 1000;

/** A confidence updated by a likelihood ratio. */
export function withEvidence(confidence: number, ratio: number): number {
  return round(probability(odds(confidence) * ratio));
}

/** Odds that the known spelling is approved again: the name's track record, doubled by an identifier match. */
export function spellingRatio(vendor: Pick<KnownVendor, "fieldChecks">, field: string, matchedBy: VendorSignal["matchedBy"]): number {
  return trackRecordRatio(vendor, field) * (matchedBy && matchedBy !== "name" ? IDENTIFIER_RATIO : 1);
}

/** Odds from the vendor's track record on a field: checked documents where it was read right vs corrected. */
export function trackRecordRatio(vendor: Pick<KnownVendor, "fieldChecks">, field: string): number {
  const record = vendor.fieldChecks[field];
  return record ? (record.right + 1) / (record.corrected + 1) : 1;
}

/**
 * The most a snapped value (the print differs from every known spelling) may claim: the Laplace
 * estimate of the vendor's name being approved as Sieve read it, over the documents a person
 * checked. A print that differs may be damage, or a spelling reviewers have not approved yet (a
 * noisy first approval, a branch's name): until people confirmed this vendor's reading several
 * times, a snapped name goes to a person.
 */
export function snapConfidenceCap(vendor: Pick<KnownVendor, "fieldChecks">, field: string): number {
  const record = vendor.fieldChecks[field];
  const right = record?.right ?? 0;
  return (right + 1) / (right + (record?.corrected ?? 0) + 2);
}

/** Likelihood ratio of a value printed beside `label`, given how often the vendor labelled this field so. */
export function layoutRatio(labels: Record<string, number> | undefined, label: string | null, approvedDocuments: number): number {
  if (!labels || Object.keys(labels).length === 0 || !label) return 1;
  const seen = labels[label] ?? 0;
  return (seen + 1) / (approvedDocuments - seen + 1);
}

/** The vendor name's confidence for a document whose vendor is unknown. */
export function unknownVendorConfidence(confidence: number): number {
  return withEvidence(confidence, UNKNOWN_VENDOR_RATIO);
}
