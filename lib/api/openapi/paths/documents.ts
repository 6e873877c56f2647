import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { idParams } from "@/lib/api/schemas/common";
import { documentDetailSchema, documentPageSchema, listDocumentsQuery } from "@/lib/api/schemas/documents";
import { jsonResponse, operation } from "@/lib/api/openapi/operation";
import { uploadAcceptedSchema, uploadFieldsSchema } from "@/lib/pipeline/upload-schemas";

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

export const documentPaths: ZodOpenApiPathsObject = {
  "/api/v1/documents": {
    get: operation({
      operationId: "listDocuments",
      tags: ["Documents"],
      summary: "List my documents",
      description: "Newest first, with each document's latest run. Cursor pagination: pass `nextCursor` back as `cursor`.",
      access: { scope: "read" },
      requestParams: { query: listDocumentsQuery },
      responses: { "200": jsonResponse("A page of documents", documentPageSchema) },
      errors: [400],
    }),
    post: operation({
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
  },
  "/api/v1/documents/{id}": {
    get: operation({
      operationId: "getDocument",
      tags: ["Documents"],
      summary: "Get a document's status and result",
      description: "The document and its latest run with extracted fields, summary, agent steps, questions and the decision.",
      access: { scope: "read" },
      requestParams: { path: idParams },
      responses: { "200": jsonResponse("The document", documentDetailSchema) },
      errors: [400, 404],
    }),
  },
};
