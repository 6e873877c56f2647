import { z } from "zod";
import { docTypeIdSchema, routingTargetSchema } from "@/lib/schemas/document-types";
import type { ExtractionOutput } from "@/lib/schemas/agent-outputs";

// The agents' answers in the shape OpenAI's strict structured output accepts: every property
// required (absent values are null, not missing), no open records. The model cannot then leave out
// a field or invent a key; `fromStrictExtraction` maps the answer back to extractionOutputSchema.

const span = z.object({ start: z.number().int(), end: z.number().int() }).nullable();

export const strictExtractionOutputSchema = z.object({
  docType: docTypeIdSchema.nullable(),
  fields: z.array(z.object({ name: z.string(), value: z.string().nullable(), confidence: z.number(), source: span })),
  lineItems: z.array(
    z.object({
      description: z.string(),
      quantity: z.number().nullable(),
      unitPrice: z.string().nullable(),
      amount: z.string().nullable(),
      confidence: z.number(),
      source: span,
    }),
  ),
});
export type StrictExtractionOutput = z.infer<typeof strictExtractionOutputSchema>;

export const strictClassificationOutputSchema = z.object({
  docType: docTypeIdSchema,
  confidence: z.number(),
  routingTarget: routingTargetSchema,
  rationale: z.string(),
});

const clamp = (n: number) => Math.min(1, Math.max(0, n));
const validSpan = (s: { start: number; end: number } | null) => (s && s.start >= 0 && s.end >= s.start ? s : null);

export function fromStrictExtraction(out: StrictExtractionOutput): ExtractionOutput {
  return {
    ...(out.docType ? { docType: out.docType } : {}),
    fields: out.fields.map((f) => ({ ...f, confidence: clamp(f.confidence), source: validSpan(f.source) })),
    lineItems: out.lineItems.filter((i) => i.description.trim() !== "").map((i) => ({ ...i, confidence: clamp(i.confidence), source: validSpan(i.source) })),
  };
}
