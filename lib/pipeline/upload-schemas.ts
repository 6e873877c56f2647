import { z } from "zod";
import { idSchema, isoDateTime } from "@/lib/api/schemas/common";
import { runStatusSchema } from "@/lib/api/schemas/runs";
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

export const uploadAcceptedSchema = z
  .object({
    documentId: idSchema,
    runId: idSchema,
    duplicate: z.boolean().meta({ description: "The same file was already uploaded by this tenant: its document and run are returned" }),
    streamUrl: z.string().meta({ description: "GET it for the run's progress (AI SDK UI message stream, resumable with ?from=<seq>)" }),
    document: z.object({
      id: idSchema,
      filename: z.string(),
      mime: z.string().meta({ description: "Sniffed from the bytes" }),
      size: z.number().int(),
      sha256: z.string(),
      pageCount: z.number().int().nullable(),
      createdAt: isoDateTime,
    }),
    run: z.object({ id: idSchema, status: runStatusSchema, budgetCapMicros: z.number().int(), createdAt: isoDateTime }),
  })
  .meta({ id: "UploadAccepted" });

export function uploadAccepted({ document, run, duplicate }: Submitted): z.infer<typeof uploadAcceptedSchema> {
  return {
    documentId: document.id,
    runId: run.id,
    duplicate,
    streamUrl: runStreamUrl(run.id),
    document: {
      id: document.id,
      filename: document.filename,
      mime: document.mime,
      size: document.size,
      sha256: document.sha256,
      pageCount: document.pageCount,
      createdAt: document.createdAt.toISOString(),
    },
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
