import { vendorFieldName } from "@/lib/vendors/vendor-fields";
import { labelOf } from "@/lib/vendors/vendor-labels";
import { ADDRESS_SNAP_MIN, type KnownVendor, type VendorMatch } from "@/lib/vendors/vendor-match";
import { layoutRatio, snapConfidenceCap, spellingRatio, trackRecordRatio, unknownVendorConfidence, vendorSignal, withEvidence, type VendorSignal } from "@/lib/vendors/vendor-signal";
import { foldText } from "@/lib/vendors/vendor-text";

// What vendor memory does to a document's fields. The name and address: a spelling reviewers
// approved before that the document prints (up to spacing and punctuation) is kept as printed; a
// damaged print is replaced by the vendor's known spelling, with less confidence the more damaged
// it is. Other fields gain or lose confidence as they sit beside the label the vendor uses for them.
// Pure: fields in, fields out.

interface Field {
  name: string;
  value: string | null;
  confidence: number;
  source: { start: number; end: number } | null;
  flags?: string[];
}

export interface VendorChange {
  field: string;
  from: string | null;
  to: string;
}

export interface AppliedVendorMemory<F extends Field> {
  fields: F[];
  signal: VendorSignal;
  changes: VendorChange[];
}

type MatchedVendor = KnownVendor & { fieldLabels?: Record<string, Record<string, number>> };

/** A spelling people approved found printed on the page: which line names the vendor is settled. */
const KNOWN_PRINT_CONFIDENCE = 0.95;
/** Flags that only say "not literally in the text", which a fuzzy vendor match explains. */
const EXPLAINED_FLAGS = new Set(["not_in_document", "span_corrected"]);
/** Fields vendor memory leaves alone: the name and address are snapped, these are the document's own. */
const LAYOUT_FIELDS = new Set(["date", "due_date", "total", "subtotal", "tax", "invoice_number", "currency"]);

function spanText(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end).split("\n").map((l) => l.trim()).filter(Boolean).join(" ");
}

/** The value for a vendor text field, and how it relates to what the vendor is known as. */
function snapped(field: Field, spellings: string[], printed: { text: string; score: number } | null): { value: string; exact: boolean } {
  const folded = new Set(spellings.map(foldText));
  if (field.value && folded.has(foldText(field.value))) return { value: field.value, exact: true };
  if (printed && folded.has(foldText(printed.text))) return { value: printed.text, exact: true };
  return { value: spellings[0]!, exact: false };
}

export interface VendorMemoryOptions {
  /**
   * The extractor's confidences were calibrated on vendors it had never seen (the local engine's
   * vendor-grouped held-out folds): an unknown vendor is the case they already measure, so its
   * name is not discounted again. An LLM's own confidence has no such measure behind it.
   */
  calibratedOnUnseenVendors?: boolean;
}

/**
 * `settled`: fields another independent source already vouches for (a hybrid invoice's own XML
 * printed on its page); memory leaves them as they are, since a look-alike vendor must not
 * rename what the issuer itself states.
 */
export function applyVendorMemory<F extends Field>(
  fields: F[],
  match: VendorMatch | null,
  text: string,
  settled: ReadonlySet<string> = new Set(),
  options: VendorMemoryOptions = {},
): AppliedVendorMemory<F> {
  const signal = vendorSignal(match);
  const unknownName = (field: F): F => (options.calibratedOnUnseenVendors ? field : { ...field, confidence: unknownVendorConfidence(field.confidence) });
  const names = fields.map((f) => f.name);
  const nameField = vendorFieldName("name", names);
  const addressField = vendorFieldName("address", names);
  const changes: VendorChange[] = [];
  const vendor = match?.vendor as MatchedVendor | undefined;
  const flagged = (field: F, keepExplained: boolean) => (field.flags ? { flags: [...field.flags.filter((f) => keepExplained || !EXPLAINED_FLAGS.has(f)), "known_vendor"] } : {});

  const out = fields.map((field): F => {
    if (settled.has(field.name)) return field;
    if (field.name === nameField) {
      if (!match || !vendor) return unknownName(field);
      const span = match.nameSpan;
      const { value, exact } = snapped(field, [vendor.name, ...vendor.aliases], span ? { text: spanText(text, span), score: span.score } : null);
      const ratio = spellingRatio(vendor, field.name, match.matchedBy);
      // Printed as known: which line names the vendor is no longer in doubt, so the reading is at
      // least as sure as a plain find. A damaged print: the known spelling, discounted by the damage.
      // Only a spelling a person approved vouches for the print: one the pipeline approved alone may be its own misread.
      const checks = vendor.fieldChecks[field.name];
      const vouched = !!checks && checks.right + checks.corrected > 0;
      // Nor may it overwrite this print: "(KI)" approved alone must not turn every later "(KL)" into "(KI)".
      if (!exact && !vouched) return unknownName(field);
      const floor = vouched ? KNOWN_PRINT_CONFIDENCE : 0;
      const base = exact ? Math.max(value === field.value ? field.confidence : 0, floor) : KNOWN_PRINT_CONFIDENCE * (span?.score ?? match.score);
      if (value !== field.value) changes.push({ field: field.name, from: field.value, to: value });
      const confidence = exact ? withEvidence(base, ratio) : Math.min(withEvidence(base, ratio), snapConfidenceCap(vendor, field.name));
      return { ...field, value, confidence, source: span ? { start: span.start, end: span.end } : field.source, ...flagged(field, !span) };
    }
    if (field.name === addressField && vendor?.address && match?.addressSpan && match.addressSpan.score >= ADDRESS_SNAP_MIN) {
      const span = match.addressSpan;
      const { value, exact } = snapped(field, [vendor.address], { text: spanText(text, span), score: span.score });
      const base = value === field.value ? field.confidence : KNOWN_PRINT_CONFIDENCE * (exact ? 1 : span.score);
      if (value !== field.value) changes.push({ field: field.name, from: field.value, to: value });
      const confidence = withEvidence(base, spellingRatio(vendor, field.name, match.matchedBy));
      return { ...field, value, confidence: exact ? confidence : Math.min(confidence, snapConfidenceCap(vendor, field.name)), source: { start: span.start, end: span.end }, ...flagged(field, false) };
    }
    if (vendor && LAYOUT_FIELDS.has(field.name) && field.value !== null) {
      const ratio = layoutRatio(vendor.fieldLabels?.[field.name], labelOf(text, field.source), vendor.approvedDocuments) * trackRecordRatio(vendor, field.name);
      return ratio === 1 ? field : { ...field, confidence: withEvidence(field.confidence, ratio) };
    }
    return field;
  });
  return { fields: out, signal, changes };
}
