import type { ZodOpenApiPathsObject } from "zod-openapi";
import { idParams } from "@/lib/api/schemas/common";
import { documentDetailSchema, documentPageSchema, listDocumentsQuery } from "@/lib/api/schemas/documents";
import { jsonResponse, operation } from "@/lib/api/openapi/operation";

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
