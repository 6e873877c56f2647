import { z } from "zod";
import { defineOperation, isoDateTime } from "@/lib/core/contract";

// One exported label: a line of the dataset format of ../shared/data/README.md (id, type, text,
// fields), so `npm run eval` runs on a tenant's own documents, plus what the record knows beyond
// it: who approved it, what was corrected, and the reading's word geometry.

export const labelLineSchema = z
  .object({
    id: z.string().meta({ description: "The document's id" }),
    type: z.string().meta({ description: "Document type as approved" }),
    text: z.string().meta({ description: "The text Sieve read" }),
    fields: z.record(z.string(), z.string().nullable()).meta({ description: "Fields as approved (corrections applied); line items left out" }),
    approved_by: z.enum(["human", "pipeline"]).meta({ description: "A person (review or audit) or the pipeline on its own" }),
    approved_at: isoDateTime,
    corrected_fields: z.array(z.string()).meta({ description: "Fields the person corrected" }),
    reading: z.unknown().meta({ description: "Words with page, box and confidence, offsets into `text`; null for text uploads" }),
    source: z.string(),
  })
  .meta({ id: "LabelLine" });

export type LabelLine = z.infer<typeof labelLineSchema>;

export const labelOperations = {
  exportLabels: defineOperation({
    method: "get",
    path: "/api/v1/admin/labels",
    operationId: "exportLabels",
    tags: ["Admin: labels"],
    summary: "The tenant's approved documents as a labelled dataset",
    description: "JSON lines, one LabelLine per approved document (rejected ones left out), oldest approval first.",
    access: "console-admin",
    responses: { "200": { description: "One LabelLine per line", content: { "application/x-ndjson": { schema: labelLineSchema } } } },
  }),
};
