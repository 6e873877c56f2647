import { z } from "zod";
import { defineOperation, isoDateTime, jsonResponse } from "@/lib/core/contract";
import { idParams, idSchema } from "@/lib/core/ids";
import { documentSchema } from "@/lib/documents/document-contract";
import { runSchema, runStatusSchema } from "@/lib/documents/run-contract";
import { pipelineSettingsPageSchema, pipelineSettingsPatchSchema } from "@/lib/pipeline/pipeline-settings";
import { runEventPayloadSchemas } from "@/lib/streams/run-event-types";

// The pipeline's API: upload a document (starting a run), follow, cancel and resume runs by answering
// their questions, and the pipeline's settings. Request, response and OpenAPI metadata together, so the
// routes, the OpenAPI document and the clients agree. No server imports: the console uses it too.

export const uploadFieldsSchema = z.object({
  budgetCapMicros: z.coerce
    .number()
    .int()
    .nonnegative()
    .optional()
    .meta({ description: "This run's model budget in micro-dollars, within the admin maximum; the default cap otherwise" }),
});

// The upload answer names the stored file with the document shape the rest of the API uses.
export const uploadedDocumentKeys = { id: true, filename: true, mime: true, size: true, sha256: true, pageCount: true, createdAt: true } as const;

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

// One limit for an answer wherever it comes from (API token or reviewer): 2,000 characters, as for a reviewer's note.
export const answerBodySchema = z
  .object({ answer: z.string().trim().min(1).max(2_000).meta({ description: "One of the question's options, or free text", example: "102.00" }) })
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


export const cancelRunBodySchema = z
  .object({ reason: z.string().trim().min(1).max(500).optional().meta({ description: "Kept on the run and in the audit log", example: "Uploaded the wrong file" }) })
  .meta({ id: "CancelRunRequest" });

const uploadBody = uploadFieldsSchema
  .extend({
    file: z.file().meta({ description: "The document: PDF (text layer), PNG/JPEG (OCR), DOCX or plain text. The type is sniffed from the bytes." }),
  })
  .meta({ id: "UploadRequest" });

const idempotencyKeyHeader = z.object({
  "Idempotency-Key": z
    .string()
    .min(1)
    .max(255)
    .optional()
    .meta({ description: "Any unique string per upload (e.g. a UUID). Retries with the same key and file get the first response back instead of a second document.", example: "0b6f4c1e-7f0e-4d3a-9c55-0e1b9ad1f2a7" }),
});

const eventMeta = { seq: z.number().int().meta({ description: "Position in the run's event log" }), at: z.iso.datetime() };

// One SSE `data:` payload. The stream is the AI SDK UI message stream protocol; the run's
// progress arrives as `data-<event>` parts (other chunk types frame the message).
const streamChunk = z
  .union([
    ...Object.entries(runEventPayloadSchemas).map(([type, payload]) =>
      z.object({ type: z.literal(`data-${type}`), id: z.string().optional(), data: payload.extend(eventMeta) }).meta({ id: `RunEvent_${type.replace(/-/g, "_")}` }),
    ),
    z.object({ type: z.string().meta({ description: "Protocol framing: start, start-step, finish-step, finish, …" }) }).loose(),
  ])
  .meta({ id: "RunStreamChunk" });

const tags = ["Admin: pipeline settings"];

export const pipelineOperations = {
  uploadDocument: defineOperation({
    method: "post",
    path: "/api/v1/documents",
    operationId: "uploadDocument",
    tags: ["Documents"],
    summary: "Upload a document",
    description:
      "Stores the document (deduplicated per tenant by SHA-256) and starts a run, then answers 202 with the run and its `streamUrl`. The run executes in the background. Send an `Idempotency-Key` so a retried upload never creates a second document; a retry is answered with the first response and `Idempotent-Replayed: true`.",
    access: { scope: "upload" },
    requestParams: { header: idempotencyKeyHeader },
    requestBody: { required: true, content: { "multipart/form-data": { schema: uploadBody } } },
    responses: {
      "202": {
        ...jsonResponse("Stored; the run has started", uploadAcceptedSchema),
        headers: z.object({
          Location: z.string().meta({ description: "The run: /api/v1/runs/{runId}" }),
          "Idempotent-Replayed": z.string().optional().meta({ description: "\"true\" when this is the stored response of an earlier request with the same Idempotency-Key" }),
        }),
      },
    },
    errors: [400, 402, 409, 413, 415, 422],
  }),
  streamRun: defineOperation({
    method: "get",
    path: "/api/v1/runs/{id}/stream",
    operationId: "streamRun",
    tags: ["Runs"],
    summary: "Follow a run's progress (resumable stream)",
    description:
      "Server-Sent Events in the AI SDK UI message stream protocol (`readUIMessageStream` reads it): agent started/finished, each field as soon as it is extracted, validation findings, questions and the decision, as `data-*` parts. Each event carries `seq`: after a disconnect, reconnect with `?from=<seq + 1>` or a `Last-Event-ID` header. A finished run replays from its record.",
    access: { scope: "read" },
    requestParams: { path: idParams, query: streamQuerySchema },
    responses: { "200": { description: "The event stream; each `data:` line is one chunk", content: { "text/event-stream": { schema: streamChunk } } } },
    errors: [400, 404],
  }),
  cancelRun: defineOperation({
    method: "post",
    path: "/api/v1/runs/{id}/cancel",
    operationId: "cancelRun",
    tags: ["Runs"],
    summary: "Cancel a run",
    description: "Stops a run that is queued, running or waiting for an answer. A run that already reached a decision answers 409 `invalid_state`.",
    access: { scope: "upload" },
    requestParams: { path: idParams },
    requestBody: { required: false, content: { "application/json": { schema: cancelRunBodySchema } } },
    responses: { "200": jsonResponse("The cancelled run", runSchema) },
    errors: [400, 404, 409],
  }),
  answerQuestion: defineOperation({
    method: "post",
    path: "/api/v1/questions/{id}/answer",
    operationId: "answerQuestion",
    tags: ["Questions"],
    summary: "Answer a clarifying question",
    description: "The run resumes from where it stopped, without redoing finished agents; follow it on `streamUrl`.",
    access: { scope: "answer" },
    requestParams: { path: idParams },
    requestBody: { required: true, content: { "application/json": { schema: answerBodySchema } } },
    responses: { "200": jsonResponse("Answered; the run resumes", answerAcceptedSchema) },
    errors: [400, 404, 409],
  }),
  getPipelineSettings: defineOperation({
    method: "get",
    path: "/api/v1/admin/pipeline-settings",
    operationId: "getPipelineSettings",
    tags,
    summary: "The pipeline's thresholds in force, their defaults, and which were changed",
    access: "console-admin",
    responses: { "200": jsonResponse("Settings, defaults and the names of the changed ones", pipelineSettingsPageSchema) },
  }),
  setPipelineSettings: defineOperation({
    method: "put",
    path: "/api/v1/admin/pipeline-settings",
    operationId: "setPipelineSettings",
    tags,
    summary: "Change some of the pipeline's thresholds (null puts one back to its default)",
    description:
      "Auto-approve thresholds per document type (the joint confidence of the required fields a document needs to skip review), the audit sampling rate, the classification threshold, review SLA hours, and per-agent local → LLM escalation thresholds. Knobs left out are unchanged; each change is recorded in the audit trail and applies to new runs within 15 s.",
    access: "console-operator",
    requestBody: { required: true, content: { "application/json": { schema: pipelineSettingsPatchSchema } } },
    responses: { "200": jsonResponse("The settings after the change", pipelineSettingsPageSchema) },
    errors: [400],
  }),
};
