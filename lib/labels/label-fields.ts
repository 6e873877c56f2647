import { docTypeIdSchema, requiredFields } from "@/lib/schemas/document-types";

// A document's fields as approved: a reviewer's correction wins over the extracted value. Pure.

export interface StoredField {
  name: string;
  value: string | null;
  correctedValue: string | null;
}

export function approvedFields(rows: readonly StoredField[]): { fields: Record<string, string | null>; correctedFields: string[] } {
  const fields: Record<string, string | null> = {};
  const correctedFields: string[] = [];
  for (const row of rows) {
    fields[row.name] = row.correctedValue ?? row.value;
    if (row.correctedValue !== null) correctedFields.push(row.name);
  }
  return { fields, correctedFields: correctedFields.sort() };
}

/** A checked document was right as extracted when it was approved without a correction to a required field. */
export function rightAsExtracted(docType: string, approved: boolean, correctedFields: readonly string[]): boolean {
  if (!approved) return false;
  const type = docTypeIdSchema.safeParse(docType);
  const required: readonly string[] = type.success ? requiredFields(type.data) : [];
  return !correctedFields.some((f) => required.length === 0 || required.includes(f));
}
