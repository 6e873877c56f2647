import { vendorFieldValue } from "@/lib/vendors/vendor-fields";
import { NAME_MATCH_MIN, type KnownVendor } from "@/lib/vendors/vendor-match";
import { labelOf } from "@/lib/vendors/vendor-labels";
import { differsByWholeWords, foldText, textSimilarity } from "@/lib/vendors/vendor-text";

// How an approved document teaches vendor memory. Pure: the vendor as it was (or null) and the
// approved document in, the vendor as it should be stored out. A spelling a reviewer approved
// becomes the vendor's name (the earlier one stays an alias, so documents printing it still match);
// an auto-approved document only counts, it never renames.

export interface VendorRecord extends KnownVendor {
  /** Approved documents per document type. */
  docTypes: Record<string, number>;
  /** Per field, the folded label text printed beside its approved value, with counts. */
  fieldLabels: Record<string, Record<string, number>>;
}

export interface ApprovedObservation {
  docType: string;
  /** Fields as approved (corrections applied). */
  fields: Record<string, string | null>;
  /** Where each approved field's value sits in the text, when known. */
  spans: Record<string, { start: number; end: number } | null>;
  text: string;
  /** A person approved the document (review or audit), rather than the pipeline. */
  byHuman: boolean;
  /** For a person's approval: the fields they had to correct. */
  correctedFields?: string[];
}

const MAX_ALIASES = 8;
const MAX_LABELS = 6;

export function observationName(obs: ApprovedObservation): string | null {
  return vendorFieldValue("name", obs.fields);
}

/** The stored vendor this approved document belongs to, if any (same identifier, or the same name). */
export function findVendorFor<V extends KnownVendor>(obs: ApprovedObservation, vendors: readonly V[], hintId?: string | null): V | null {
  const name = observationName(obs);
  const taxId = vendorFieldValue("taxId", obs.fields);
  const iban = vendorFieldValue("iban", obs.fields);
  const sameId = (a: string | null, b: string | null) => !!a && !!b && foldText(a) === foldText(b);
  const byId = vendors.find((v) => sameId(v.taxId, taxId) || sameId(v.iban, iban));
  if (byId) return byId;
  if (!name) return null;
  const similarity = (v: V) => Math.max(...[v.name, ...v.aliases].map((s) => (differsByWholeWords(s, name) ? 0 : textSimilarity(s, name))));
  // The vendor matched when the document ran, unless the reviewer renamed it into someone else.
  const hinted = hintId ? vendors.find((v) => v.id === hintId) : undefined;
  if (hinted && similarity(hinted) >= 0.6) return hinted;
  let best: V | null = null;
  let bestScore = NAME_MATCH_MIN;
  for (const v of vendors) {
    const s = similarity(v);
    if (s >= bestScore) [best, bestScore] = [v, s];
  }
  return best;
}

export function learnFromApproval(vendor: VendorRecord | null, obs: ApprovedObservation, newId: string): VendorRecord | null {
  const name = observationName(obs);
  if (!name) return vendor;
  const address = vendorFieldValue("address", obs.fields);
  const base: VendorRecord = vendor ?? {
    id: newId,
    name,
    aliases: [],
    address: null,
    taxId: null,
    iban: null,
    currency: null,
    approvedDocuments: 0,
    spellingChanges: 0,
    fieldChecks: {},
    docTypes: {},
    fieldLabels: {},
  };
  const next: VendorRecord = { ...base, aliases: [...base.aliases], docTypes: { ...base.docTypes }, fieldLabels: structuredClone(base.fieldLabels), fieldChecks: structuredClone(base.fieldChecks) };
  next.approvedDocuments += 1;
  next.docTypes[obs.docType] = (next.docTypes[obs.docType] ?? 0) + 1;
  if (obs.byHuman && obs.correctedFields) {
    for (const [field, value] of Object.entries(obs.fields)) {
      if (value === null) continue;
      const record = (next.fieldChecks[field] ??= { right: 0, corrected: 0 });
      if (obs.correctedFields.includes(field)) record.corrected += 1;
      else record.right += 1;
    }
  }
  if (vendor && name !== vendor.name) {
    next.spellingChanges += 1;
    if (obs.byHuman) {
      next.aliases = [vendor.name, ...next.aliases.filter((a) => a !== name && a !== vendor.name)].slice(0, MAX_ALIASES);
      next.name = name;
    } else if (!next.aliases.includes(name)) {
      next.aliases = [...next.aliases, name].slice(0, MAX_ALIASES);
    }
  }
  if (address && (obs.byHuman || !next.address)) next.address = address;
  next.taxId = vendorFieldValue("taxId", obs.fields) ?? next.taxId;
  next.iban = vendorFieldValue("iban", obs.fields) ?? next.iban;
  next.currency = vendorFieldValue("currency", obs.fields) ?? next.currency;
  for (const [field, span] of Object.entries(obs.spans)) {
    const label = obs.fields[field] ? labelOf(obs.text, span) : null;
    if (!label) continue;
    const counts = (next.fieldLabels[field] ??= {});
    counts[label] = (counts[label] ?? 0) + 1;
    next.fieldLabels[field] = Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, MAX_LABELS));
  }
  return next;
}

/** The document type this vendor usually sends. */
export function usualDocType(vendor: Pick<VendorRecord, "docTypes">): string | null {
  const [top] = Object.entries(vendor.docTypes).sort((a, b) => b[1] - a[1]);
  return top?.[0] ?? null;
}

/** Merging two records of the same vendor: `into` keeps its name, `from`'s spellings become aliases. */
export function mergeVendors(into: VendorRecord, from: VendorRecord): VendorRecord {
  const add = (a: Record<string, number>, b: Record<string, number>) => {
    const out = { ...a };
    for (const [k, n] of Object.entries(b)) out[k] = (out[k] ?? 0) + n;
    return out;
  };
  const labels: VendorRecord["fieldLabels"] = structuredClone(into.fieldLabels);
  for (const [field, counts] of Object.entries(from.fieldLabels)) labels[field] = add(labels[field] ?? {}, counts);
  return {
    ...into,
    aliases: [...new Set([...into.aliases, from.name, ...from.aliases])].filter((a) => a !== into.name).slice(0, MAX_ALIASES),
    address: into.address ?? from.address,
    taxId: into.taxId ?? from.taxId,
    iban: into.iban ?? from.iban,
    currency: into.currency ?? from.currency,
    approvedDocuments: into.approvedDocuments + from.approvedDocuments,
    spellingChanges: into.spellingChanges + from.spellingChanges,
    fieldChecks: addChecks(into.fieldChecks, from.fieldChecks),
    docTypes: add(into.docTypes, from.docTypes),
    fieldLabels: labels,
  };
}

function addChecks(a: VendorRecord["fieldChecks"], b: VendorRecord["fieldChecks"]): VendorRecord["fieldChecks"] {
  const out = structuredClone(a);
  for (const [field, r] of Object.entries(b)) {
    const into = (out[field] ??= { right: 0, corrected: 0 });
    into.right += r.right;
    into.corrected += r.corrected;
  }
  return out;
}
