import type { z } from "zod";
import { docTypeIdSchema, documentTypes, requiredFields } from "@/lib/schemas/document-types";

// Checks a reviewer's correction against the document type's field schema before it is stored,
// so a typo ("12/01/2024" for an ISO date) is caught at the desk, not downstream.

export type CorrectionCheck = { ok: true; value: string | null } | { ok: false; message: string };

export function fieldLabel(docType: string | null, name: string): string {
  const parsed = docTypeIdSchema.safeParse(docType);
  const labels = parsed.success ? (documentTypes[parsed.data].fieldLabels as Record<string, string>) : {};
  return labels[name] ?? name.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase());
}

const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;

export function checkCorrection(docType: string | null, name: string, raw: string): CorrectionCheck {
  const value = raw.trim().replace(/\s+/g, " ");
  const parsed = docTypeIdSchema.safeParse(docType);
  if (!parsed.success) return { ok: true, value: value === "" ? null : value };
  const type = parsed.data;
  if (value === "") {
    return (requiredFields(type) as string[]).includes(name)
      ? { ok: false, message: `${fieldLabel(type, name)} is required for ${withArticle(documentTypes[type].label.toLowerCase())}` }
      : { ok: true, value: null };
  }
  const schema = (documentTypes[type].fields.shape as Record<string, z.ZodType>)[name];
  // Structured values (line items) arrive as JSON text.
  let candidate: unknown = value;
  if (name === "line_items") {
    try {
      candidate = JSON.parse(value);
    } catch {
      return { ok: false, message: "Line items must be valid JSON" };
    }
  }
  const result = schema?.safeParse(candidate);
  if (result && !result.success) {
    const issue = result.error.issues[0];
    const hint = issue?.code === "invalid_format" && issue.format === "date" ? "use the form YYYY-MM-DD" : (issue?.message ?? "not a valid value");
    return { ok: false, message: `${fieldLabel(type, name)}: ${hint}` };
  }
  return { ok: true, value };
}
