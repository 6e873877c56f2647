import { electronicFormatIBAN, isValidIBAN } from "ibantools";
import { checkVAT, countries } from "jsvat";

// A reviewer's IBAN or tax id for a vendor, checked the way invoice validation checks a document's
// (lib/schemas/invoice-rules.ts, same rule ids): a wrong identifier in vendor memory would match,
// or fail to match, every later document from that vendor. Pure.

export type IdentifierCheck =
  | { ok: true; value: string }
  | { ok: false; field: "iban" | "taxId"; rule: "iban_checksum" | "vat_id_format"; message: string };

/** The IBAN in electronic format (no spaces, upper case), or why it is refused. */
export function checkIban(iban: string): IdentifierCheck {
  const compact = electronicFormatIBAN(iban) ?? iban;
  return isValidIBAN(compact) ? { ok: true, value: compact } : { ok: false, field: "iban", rule: "iban_checksum", message: `IBAN ${iban} fails its checksum or country format` };
}

const VAT_PREFIXES = new Set(countries.flatMap((c) => c.codes.filter((code) => /^[A-Z]{2}$/.test(code))));

/** A tax id starting with a VAT country prefix must have that country's format; other tax ids (GST, SST numbers) are kept as typed. */
export function checkTaxId(taxId: string): IdentifierCheck {
  const compact = taxId.replace(/[\s.-]/g, "");
  if (!VAT_PREFIXES.has(compact.slice(0, 2).toUpperCase())) return { ok: true, value: taxId };
  return checkVAT(compact, countries).isValid ? { ok: true, value: compact.toUpperCase() } : { ok: false, field: "taxId", rule: "vat_id_format", message: `VAT id ${taxId} is not in a valid format for its country` };
}
