import { z } from "zod";
import type { ExtractedField, ExtractedLineItem } from "@/lib/schemas/agent-outputs";
import { documentTypes, requiredFields, type DocTypeId } from "@/lib/schemas/document-types";
import { INVOICE_RULES } from "@/lib/schemas/invoice-rules";

// Business rules per document type, on top of the registry in document-types.ts. A rule reads
// the extracted values and returns findings; it never throws and never does I/O, so validation
// stays a pure function that tests can pin down.

export const findingSeveritySchema = z.enum(["error", "warning"]);
export type FindingSeverity = z.infer<typeof findingSeveritySchema>;

export const validationFindingSchema = z.object({
  /** Stable id of the rule or cross-check, e.g. "total_equals_subtotal_plus_tax". */
  rule: z.string(),
  severity: findingSeveritySchema,
  /** Fields the finding is about; their confidence drops and a reviewer sees them highlighted. */
  fields: z.array(z.string()),
  message: z.string(),
});
export type ValidationFinding = z.infer<typeof validationFindingSchema>;

export interface RuleInput {
  docType: DocTypeId;
  fields: ExtractedField[];
  lineItems: ExtractedLineItem[];
  /** "Today" for date plausibility; passed in so the rules stay pure. */
  referenceDate: Date;
  /** The document text, for rules that compare values with what is printed (currency symbols). */
  text?: string;
}

export interface BusinessRule {
  id: string;
  description: string;
  check(input: RuleInput): ValidationFinding[];
}

/** Cash totals are often rounded to the nearest 0.05; anything further apart is a real mismatch. */
export const ROUNDING_TOLERANCE_CENTS = 5;
const MAX_DOCUMENT_AGE_YEARS = 10;
const ISO_CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

function valueOf(input: RuleInput, name: string): string | null {
  return input.fields.find((f) => f.name === name)?.value ?? null;
}

/** "1234.50" → 123450; null for anything that is not a plain decimal amount. */
export function amountCents(value: string | null): number | null {
  if (value === null || !/^-?\d+(\.\d{1,2})?$/.test(value)) return null;
  const [whole, fraction = ""] = value.replace("-", "").split(".");
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  return value.startsWith("-") ? -cents : cents;
}

const finding = (rule: string, severity: FindingSeverity, fields: string[], message: string): ValidationFinding => ({
  rule,
  severity,
  fields,
  message,
});

const requiredPresent: BusinessRule = {
  id: "required_fields_present",
  description: "Every field the document type requires has a value.",
  check: (input) =>
    requiredFields(input.docType)
      .filter((name) => valueOf(input, name) === null)
      .map((name) => finding("required_fields_present", "error", [name], `${documentTypes[input.docType].fieldLabels[name as never] ?? name} is missing`)),
};

const valuesWellFormed: BusinessRule = {
  id: "values_well_formed",
  description: "Each value has its field's format (ISO date, decimal amount, ISO 4217 code).",
  check: (input) => {
    const shape = documentTypes[input.docType].fields.shape as Record<string, z.ZodType>;
    return input.fields
      .filter((f) => f.value !== null && f.name !== "line_items" && shape[f.name] && !shape[f.name].safeParse(f.value).success)
      .map((f) => finding("values_well_formed", "error", [f.name], `${f.name} "${f.value}" is not in the expected format`));
  },
};

const totalAddsUp: BusinessRule = {
  id: "total_equals_subtotal_plus_tax",
  description: "Subtotal plus tax equals the total, within cash rounding.",
  check: (input) => {
    const [subtotal, tax, total] = ["subtotal", "tax", "total"].map((n) => amountCents(valueOf(input, n)));
    if (subtotal === null || tax === null || total === null) return [];
    const gap = Math.abs(subtotal + tax - total);
    return gap > ROUNDING_TOLERANCE_CENTS
      ? [finding("total_equals_subtotal_plus_tax", "error", ["subtotal", "tax", "total"], `Subtotal ${valueOf(input, "subtotal")} + tax ${valueOf(input, "tax")} ≠ total ${valueOf(input, "total")}`)]
      : [];
  },
};

const lineItemsAddUp: BusinessRule = {
  id: "line_items_sum_to_subtotal",
  description: "Line item amounts add up to the subtotal (or to the total when there is no subtotal or tax).",
  check: (input) => {
    const amounts = input.lineItems.map((item) => amountCents(item.amount));
    if (amounts.length === 0 || amounts.some((a) => a === null)) return [];
    const target = valueOf(input, "subtotal") !== null ? "subtotal" : valueOf(input, "tax") === null ? "total" : null;
    const expected = target ? amountCents(valueOf(input, target)) : null;
    if (target === null || expected === null) return [];
    const sum = amounts.reduce((s, a) => s! + a!, 0)!;
    // Extracted line items are the least reliable part of a document: a mismatch is a warning.
    return Math.abs(sum - expected) > ROUNDING_TOLERANCE_CENTS
      ? [finding("line_items_sum_to_subtotal", "warning", [target, "line_items"], `Line items add up to ${(sum / 100).toFixed(2)}, not the ${target} ${valueOf(input, target)}`)]
      : [];
  },
};

const amountsPlausible: BusinessRule = {
  id: "amounts_plausible",
  description: "The total is positive and tax is smaller than the total.",
  check: (input) => {
    const total = amountCents(valueOf(input, "total"));
    const tax = amountCents(valueOf(input, "tax"));
    const found: ValidationFinding[] = [];
    if (total !== null && total <= 0) found.push(finding("amounts_plausible", "error", ["total"], "The total is not a positive amount"));
    if (total !== null && tax !== null && (tax < 0 || tax >= total)) found.push(finding("amounts_plausible", "error", ["tax", "total"], "Tax is negative or not smaller than the total"));
    return found;
  },
};

const datePlausible: BusinessRule = {
  id: "date_plausible",
  description: `The date is not in the future and not more than ${MAX_DOCUMENT_AGE_YEARS} years old.`,
  check: (input) => {
    const value = valueOf(input, "date");
    if (value === null || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return [];
    const date = Date.parse(`${value}T00:00:00Z`);
    const today = input.referenceDate.getTime();
    // A day's grace: the uploader's time zone may already be tomorrow.
    if (date > today + 86_400_000) return [finding("date_plausible", "error", ["date"], `The date ${value} is in the future`)];
    const oldest = new Date(input.referenceDate);
    oldest.setUTCFullYear(oldest.getUTCFullYear() - MAX_DOCUMENT_AGE_YEARS);
    return date < oldest.getTime() ? [finding("date_plausible", "warning", ["date"], `The date ${value} is more than ${MAX_DOCUMENT_AGE_YEARS} years old`)] : [];
  },
};

const currencyValid: BusinessRule = {
  id: "currency_valid",
  description: "The currency is an ISO 4217 code.",
  check: (input) => {
    const value = valueOf(input, "currency");
    return value !== null && !ISO_CURRENCIES.has(value) ? [finding("currency_valid", "error", ["currency"], `${value} is not an ISO 4217 currency`)] : [];
  },
};

const MONEY_RULES = [requiredPresent, valuesWellFormed, totalAddsUp, lineItemsAddUp, amountsPlausible, datePlausible, currencyValid];

export const businessRules: Record<DocTypeId, BusinessRule[]> = {
  invoice: [...MONEY_RULES, ...INVOICE_RULES],
  receipt: MONEY_RULES,
  generic: [requiredPresent, valuesWellFormed, datePlausible],
};

export function checkBusinessRules(input: RuleInput): ValidationFinding[] {
  return businessRules[input.docType].flatMap((rule) => rule.check(input));
}

/** What the validation agent returns when an LLM reviews the extraction against the document. */
export const modelReviewOutputSchema = z.object({
  findings: z.array(
    z.object({
      fields: z.array(z.string()),
      severity: findingSeveritySchema,
      message: z.string(),
    }),
  ),
  /** How sure the reviewer is that the extraction is right overall (0..1). */
  confidence: z.number().min(0).max(1),
});
