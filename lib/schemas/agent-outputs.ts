import { z } from "zod";
import { docTypeIdSchema, routingTargetSchema } from "@/lib/schemas/document-types";

// What each agent returns, whichever tier answered (local engine or LLM). Confidence is a
// probability of being right (0..1); spans are character offsets into the document text the
// agent was given, end exclusive, so a reviewer can highlight the evidence.

export const confidenceSchema = z.number().min(0).max(1);

export const sourceSpanSchema = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((span) => span.end >= span.start, "span end must not precede its start");
export type SourceSpan = z.infer<typeof sourceSpanSchema>;

export const extractedFieldSchema = z.object({
  /** A field name of the document type's registry entry, e.g. "total". */
  name: z.string().min(1),
  /** Normalised value: ISO date, decimal amount without currency, ISO 4217 currency, or text. */
  value: z.string().nullable(),
  confidence: confidenceSchema,
  source: sourceSpanSchema.nullable(),
});
export type ExtractedField = z.infer<typeof extractedFieldSchema>;

export const extractedLineItemSchema = z.object({
  description: z.string().min(1),
  quantity: z.number().nullable(),
  unitPrice: z.string().nullable(),
  amount: z.string().nullable(),
  confidence: confidenceSchema,
  source: sourceSpanSchema.nullable(),
});
export type ExtractedLineItem = z.infer<typeof extractedLineItemSchema>;

/** A specialist that found the document is not its kind handed it to another type's specialist. */
export const handOffSchema = z.object({ from: docTypeIdSchema, to: docTypeIdSchema, reason: z.string() });

export const extractionOutputSchema = z.object({
  /** The type whose field set was extracted (the hint if one was given). */
  docType: docTypeIdSchema.optional(),
  fields: z.array(extractedFieldSchema),
  lineItems: z.array(extractedLineItemSchema).optional(),
  /** Hand-offs between the local engine's specialists before these fields were extracted. */
  handOffs: z.array(handOffSchema).optional(),
});
export type ExtractionOutput = z.infer<typeof extractionOutputSchema>;

export const classificationOutputSchema = z.object({
  docType: docTypeIdSchema,
  confidence: confidenceSchema,
  routingTarget: routingTargetSchema,
  rationale: z.string(),
});
export type ClassificationOutput = z.infer<typeof classificationOutputSchema>;

export const summarisationOutputSchema = z.object({
  summary: z.string(),
  confidence: confidenceSchema,
  /** The passages the summary was built from, in document order. */
  keySpans: z.array(sourceSpanSchema),
});
export type SummarisationOutput = z.infer<typeof summarisationOutputSchema>;
