// Which extracted fields describe the issuing party. Receipts call the vendor `company`; invoices
// `vendor`, `vendor_address`, `vendor_tax_id`. The first name present in a document wins.

export const VENDOR_FIELD_NAMES = {
  name: ["vendor", "company"],
  address: ["vendor_address", "address"],
  taxId: ["vendor_tax_id", "tax_id"],
  iban: ["iban"],
  currency: ["currency"],
} as const;

export type VendorAttribute = keyof typeof VENDOR_FIELD_NAMES;

/** The field name carrying `attribute` among `names` (a document's field names), or null. */
export function vendorFieldName(attribute: VendorAttribute, names: Iterable<string>): string | null {
  const present = new Set(names);
  return VENDOR_FIELD_NAMES[attribute].find((n) => present.has(n)) ?? null;
}

const ISSUER_ATTRIBUTES: VendorAttribute[] = ["name", "address", "taxId", "iban"];

/** A field that describes the issuing party (its name, address or identifiers). */
export function isVendorField(name: string): boolean {
  return ISSUER_ATTRIBUTES.some((a) => (VENDOR_FIELD_NAMES[a] as readonly string[]).includes(name));
}

export function vendorFieldValue(attribute: VendorAttribute, values: Record<string, string | null | undefined>): string | null {
  for (const name of VENDOR_FIELD_NAMES[attribute]) {
    const value = values[name]?.trim();
    if (value) return value;
  }
  return null;
}
