import { z } from "zod";

// The document-type registry: one entry per type Sieve understands, declaring its fields (zod),
// which of them a reviewer must see filled in, where the document goes, and when it may skip review.
// Business rules (sums, date ranges…) live in their own file keyed by DocTypeId and read
// `DocumentFields<T>`, so a new rule never touches this registry.

/** A decimal amount as printed, without currency or thousands separators, e.g. "1234.50". */
export const amountValueSchema = z.string().regex(/^-?\d+(\.\d+)?$/, "decimal amount like 1234.50");
/** A calendar date, ISO 8601 (YYYY-MM-DD). */
export const isoDateValueSchema = z.iso.date();
/** ISO 4217 currency code. */
export const currencyValueSchema = z.string().regex(/^[A-Z]{3}$/, "ISO 4217 code like MYR");

export const lineItemValueSchema = z.object({
  description: z.string().min(1),
  quantity: z.number().nullable(),
  unitPrice: amountValueSchema.nullable(),
  amount: amountValueSchema.nullable(),
});

export const routingTargetSchema = z.enum(["accounts_payable", "expenses", "general"]);
export type RoutingTarget = z.infer<typeof routingTargetSchema>;

const receiptFieldsSchema = z.object({
  company: z.string().min(1),
  address: z.string().min(1).optional(),
  date: isoDateValueSchema,
  total: amountValueSchema,
  subtotal: amountValueSchema.optional(),
  tax: amountValueSchema.optional(),
  currency: currencyValueSchema.optional(),
  invoice_number: z.string().min(1).optional(),
  line_items: z.array(lineItemValueSchema).optional(),
});

// An invoice as accounts payable reads it; names follow the labelled invoices (vendor, invoice_number,
// date, due_date, subtotal, tax, total, currency). Required: what a payment cannot be booked without.
const invoiceFieldsSchema = z.object({
  vendor: z.string().min(1),
  vendor_address: z.string().min(1).optional(),
  vendor_tax_id: z.string().min(1).optional(),
  customer: z.string().min(1).optional(),
  invoice_number: z.string().min(1),
  date: isoDateValueSchema,
  due_date: isoDateValueSchema.optional(),
  currency: currencyValueSchema.optional(),
  subtotal: amountValueSchema.optional(),
  tax: amountValueSchema.optional(),
  /** Percent as printed, e.g. "19" or "20.5". */
  tax_rate: z.string().regex(/^\d{1,2}(\.\d{1,2})?$/, "percent like 19 or 20.5").optional(),
  total: amountValueSchema,
  payment_terms: z.string().min(1).optional(),
  iban: z.string().regex(/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/, "IBAN without spaces").optional(),
  bic: z.string().regex(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/, "BIC of 8 or 11 characters").optional(),
  purchase_order: z.string().min(1).optional(),
  line_items: z.array(lineItemValueSchema).optional(),
});

const genericFieldsSchema = z.object({
  company: z.string().min(1).optional(),
  date: isoDateValueSchema.optional(),
});

const receiptFieldLabels = {
  company: "Vendor",
  address: "Address",
  date: "Date",
  total: "Total",
  subtotal: "Subtotal",
  tax: "Tax",
  currency: "Currency",
  invoice_number: "Invoice number",
  line_items: "Line items",
} as const;

const invoiceFieldLabels = {
  vendor: "Vendor",
  vendor_address: "Vendor address",
  vendor_tax_id: "Vendor VAT / tax id",
  customer: "Customer",
  invoice_number: "Invoice number",
  date: "Issue date",
  due_date: "Due date",
  currency: "Currency",
  subtotal: "Net amount",
  tax: "Tax",
  tax_rate: "Tax rate (%)",
  total: "Gross total",
  payment_terms: "Payment terms",
  iban: "IBAN",
  bic: "BIC",
  purchase_order: "Purchase order",
  line_items: "Line items",
} as const;

type DocTypeDefinition<S extends z.ZodObject> = {
  label: string;
  description: string;
  fields: S;
  fieldLabels: { [K in keyof z.infer<S> & string]: string };
  routingTarget: RoutingTarget;
  /** Minimum estimated probability that every required field is right for the document to skip review. */
  autoApproveThreshold: number;
};

export const documentTypes = {
  invoice: {
    label: "Invoice",
    description: "A supplier's request for payment: bill-to party, invoice number, often due date and terms.",
    fields: invoiceFieldsSchema,
    fieldLabels: invoiceFieldLabels,
    routingTarget: "accounts_payable",
    autoApproveThreshold: 0.95,
  },
  receipt: {
    label: "Receipt",
    description: "Proof of a payment already made: shop or restaurant receipt, cash sale, simplified tax invoice.",
    fields: receiptFieldsSchema,
    fieldLabels: receiptFieldLabels,
    routingTarget: "expenses",
    autoApproveThreshold: 0.9,
  },
  generic: {
    label: "Other document",
    description: "Anything else: letters, reports, contracts. Summarised and filed, no amounts extracted.",
    fields: genericFieldsSchema,
    fieldLabels: { company: receiptFieldLabels.company, date: receiptFieldLabels.date },
    routingTarget: "general",
    autoApproveThreshold: 0.9,
  },
} as const satisfies {
  invoice: DocTypeDefinition<typeof invoiceFieldsSchema>;
  receipt: DocTypeDefinition<typeof receiptFieldsSchema>;
  generic: DocTypeDefinition<typeof genericFieldsSchema>;
};

export type DocumentTypes = typeof documentTypes;
export const docTypeIdSchema = z.enum(["invoice", "receipt", "generic"]);
export type DocTypeId = z.infer<typeof docTypeIdSchema>;

/** The typed field record of one document type, e.g. DocumentFields<"receipt">["total"]. */
export type DocumentFields<T extends DocTypeId> = z.infer<DocumentTypes[T]["fields"]>;
export type FieldName<T extends DocTypeId> = keyof DocumentFields<T> & string;

/** Fields whose schema rejects `undefined`: the ones auto-approval and reviewers must see filled. */
export function requiredFields<T extends DocTypeId>(docType: T): FieldName<T>[] {
  const shape = documentTypes[docType].fields.shape as Record<string, z.ZodType>;
  return Object.keys(shape).filter((name) => !shape[name].safeParse(undefined).success) as FieldName<T>[];
}

/** Scalar fields (everything but line items), in registry order. */
export function scalarFields<T extends DocTypeId>(docType: T): FieldName<T>[] {
  return Object.keys(documentTypes[docType].fields.shape).filter((name) => name !== "line_items") as FieldName<T>[];
}

/** Every type's scalar fields: what an extraction may name before its type is known. */
export function anyTypeScalarFields(): string[] {
  return [...new Set(docTypeIdSchema.options.flatMap((t) => scalarFields(t) as string[]))];
}

