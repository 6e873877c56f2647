import { z } from "zod";
import { DocumentStatus } from "@/lib/generated/prisma/enums";
import { defineOperation, isoDateTime, jsonResponse, pageOf, paginationQuery } from "@/lib/core/contract";
import { idParams, idSchema } from "@/lib/core/ids";
import { runSchema, runSummarySchema } from "@/lib/documents/run-contract";

export const documentStatusSchema = z.enum(DocumentStatus).meta({ id: "DocumentStatus" });

export const documentSchema = z
  .object({
    id: idSchema,
    filename: z.string(),
    mime: z.string().meta({ description: "Sniffed from the bytes, not taken from the client" }),
    size: z.number().int().meta({ description: "Bytes" }),
    sha256: z.string(),
    pageCount: z.number().int().nullable(),
    status: documentStatusSchema,
    docType: z.string().nullable(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    latestRun: runSummarySchema.nullable(),
  })
  .meta({ id: "Document" });

export const documentDetailSchema = documentSchema
  .extend({ latestRun: runSchema.nullable() })
  .meta({ id: "DocumentDetail", description: "A document with its latest run's result" });

export const listDocumentsQuery = paginationQuery.extend({
  status: documentStatusSchema.optional().meta({ description: "Only documents in this status" }),
});

export const documentPageSchema = pageOf(documentSchema).meta({ id: "DocumentPage" });

export type DocumentView = z.infer<typeof documentSchema>;
export type DocumentDetail = z.infer<typeof documentDetailSchema>;
export type ListDocumentsQuery = z.infer<typeof listDocumentsQuery>;

export const documentOperations = {
  listDocuments: defineOperation({
    method: "get",
    path: "/api/v1/documents",
    operationId: "listDocuments",
    tags: ["Documents"],
    summary: "List my documents",
    description: "Newest first, with each document's latest run. Cursor pagination: pass `nextCursor` back as `cursor`.",
    access: { scope: "read" },
    requestParams: { query: listDocumentsQuery },
    responses: { "200": jsonResponse("A page of documents", documentPageSchema) },
    errors: [400],
  }),
  getDocument: defineOperation({
    method: "get",
    path: "/api/v1/documents/{id}",
    operationId: "getDocument",
    tags: ["Documents"],
    summary: "Get a document's status and result",
    description: "The document and its latest run with extracted fields, summary, agent steps, questions and the decision.",
    access: { scope: "read" },
    requestParams: { path: idParams },
    responses: { "200": jsonResponse("The document", documentDetailSchema) },
    errors: [400, 404],
  }),
};
