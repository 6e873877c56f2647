import { z } from "zod";
import { idSchema, isoDateTime } from "@/lib/api/schemas/common";
import { runStatusSchema } from "@/lib/api/schemas/runs";
import { documentSchema } from "@/lib/api/schemas/documents";
import { documentView } from "@/lib/documents/views";
import type { Submitted } from "@/lib/pipeline/start-run";
import { runStreamUrl } from "@/lib/pipeline/run-result";

// The upload and answer endpoints' shapes (multipart fields, JSON bodies, 202/200 answers), so the
// routes, the OpenAPI document and the clients agree.

export const uploadFieldsSchema = z.object({
  budgetCapMicros: z.coerce
    .number()
    .int()
    .nonnegative()
    .optional()
    .meta({ description: "This run's model budget in micro-dollars, within the admin maximum; the default cap otherwise" }),
});

// The upload answer names the stored file with the document shape the rest of the API uses.
const uploadedDocumentKeys = { id: true, filename: true, mime: true, size: true, sha256: true, pageCount: true, createdAt: true } as const;

export const uploadAcceptedSchema = z
  .object({
    documentId: idSchema,
    runId: idSchema,
    duplicate: z.boolean().meta({ description: "The same file was already uploaded by this tenant: its document and run are returned" }),
    streamUrl: z.string().meta({ description: "GET it for the run's progress (AI SDK UI message stream, resumable with ?from=<seq>)" }),
    document: documentSchema.pick(uploadedDocumentKeys),
    run: z.object({ id: idSchema, status: runStatusSchema, budgetCapMicros: z.number().int(), createdAt: isoDateTime }),
  })
  .meta({ id: "UploadAccepted" });

export function uploadAccepted({ document, run, duplicate }: Submitted): z.infer<typeof uploadAcceptedSchema> {
  return {
    documentId: document.id,
    runId: run.id,
    duplicate,
    streamUrl: runStreamUrl(run.id),
    document: documentSchema.pick(uploadedDocumentKeys).parse(documentView(document, null)),
    run: { id: run.id, status: run.status, budgetCapMicros: run.budgetCapMicros, createdAt: run.createdAt.toISOString() },
  };
}

export const answerBodySchema = z
  .object({ answer: z.string().trim().min(1).max(500).meta({ description: "One of the question's options, or free text", example: "102.00" }) })
  .meta({ id: "AnswerRequest" });

export const answerAcceptedSchema = z
  .object({
    questionId: idSchema,
    runId: idSchema,
    runStatus: runStatusSchema.meta({ description: "queued: the run resumes from where it stopped" }),
    streamUrl: z.string(),
  })
  .meta({ id: "AnswerAccepted" });

export const streamQuerySchema = z.object({
  from: z.coerce.number().int().min(0).optional().meta({ description: "First event seq to send (default 0); a Last-Event-ID header means from = id + 1" }),
});

export type AnswerAccepted = z.infer<typeof answerAcceptedSchema>;
