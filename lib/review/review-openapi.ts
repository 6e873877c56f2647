import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { jsonResponse, operation } from "@/lib/api/openapi/operation";
import { idParams } from "@/lib/api/schemas/common";
import {
  auditSamplingBodySchema,
  claimNextBodySchema,
  queueItemSchema,
  queuePageSchema,
  queueQuerySchema,
  queueSummarySchema,
} from "@/lib/review/queue-schemas";
import { answerBodySchema, correctFieldBodySchema, decisionBodySchema, reviewDocumentSchema, reviewFieldSchema, reviewQuestionSchema } from "@/lib/review/review-schemas";

// OpenAPI entries for the review console's routes and the document file, generated from the same
// zod schemas the routes parse with. The console routes are documented for completeness; they
// take a console session, not an API token.

const tags = ["Review console"];
const decisionResultSchema = z.object({ itemId: z.string(), resolution: z.enum(["approved", "rejected"]), resolvedItems: z.number().int() });
const answerResultSchema = z.object({ question: reviewQuestionSchema, runStatus: z.string() });

export const reviewPaths: ZodOpenApiPathsObject = {
  "/api/v1/review/queue": {
    get: operation({
      operationId: "listReviewQueue",
      tags,
      summary: "A page of the review queue",
      description: "Keyset-paginated: pass `nextCursor` back as `cursor` for the next page. Views: open, mine, claimed, resolved.",
      access: "console",
      requestParams: { query: queueQuerySchema },
      responses: { "200": jsonResponse("A page of review items", queuePageSchema) },
      errors: [400],
    }),
  },
  "/api/v1/review/queue/next": {
    post: operation({
      operationId: "claimNextReviewItem",
      tags,
      summary: "Claim the next item",
      description: "The caller's own unfinished claim first, else the first open item in the given order; `item` is null when none is left.",
      access: "console",
      requestBody: { required: true, content: { "application/json": { schema: claimNextBodySchema } } },
      responses: { "200": jsonResponse("The claimed item, or null", z.object({ item: queueItemSchema.nullable() })) },
      errors: [400],
    }),
  },
  "/api/v1/review/queue/events": {
    get: operation({
      operationId: "followReviewQueue",
      tags,
      summary: "Live queue changes (server-sent events)",
      description: "One `queue` event per created, claimed, released or resolved item of the tenant.",
      access: "console",
      responses: { "200": { description: "An event stream", content: { "text/event-stream": { schema: z.string() } } } },
    }),
  },
  "/api/v1/review/summary": {
    get: operation({
      operationId: "getReviewSummary",
      tags,
      summary: "Queue counts and the measured auto-approve precision",
      access: "console",
      responses: { "200": jsonResponse("Counts, precision and the audit sampling rate", queueSummarySchema) },
    }),
  },
  "/api/v1/review/audit-sampling": {
    put: operation({
      operationId: "setAuditSampleRate",
      tags,
      summary: "Set the share of auto-approved documents sampled for audit (installation-wide)",
      access: "console-operator",
      requestBody: { required: true, content: { "application/json": { schema: auditSamplingBodySchema } } },
      responses: { "200": jsonResponse("The new rate", z.object({ auditSampleRate: z.number() })) },
      errors: [400],
    }),
  },
  "/api/v1/review/items/{id}/claim": {
    post: operation({
      operationId: "claimReviewItem",
      tags,
      summary: "Claim an item, or renew the caller's claim",
      description: "Atomic: of two reviewers claiming at once, one gets 409 `already_claimed`. A claim expires unless renewed.",
      access: "console",
      requestParams: { path: idParams },
      responses: { "200": jsonResponse("The claimed item", queueItemSchema) },
      errors: [404, 409],
    }),
    delete: operation({
      operationId: "releaseReviewItem",
      tags,
      summary: "Release a claim",
      description: "Reviewers release their own claims; admins may release anyone's.",
      access: "console",
      requestParams: { path: idParams },
      responses: { "200": jsonResponse("The item, open again", queueItemSchema) },
      errors: [404, 409],
    }),
  },
  "/api/v1/review/items/{id}/decision": {
    post: operation({
      operationId: "decideReviewItem",
      tags,
      summary: "Approve or reject (with a reason)",
      description: "Needs the caller's claim. Resolves every open item of the run and finishes the run and document.",
      access: "console",
      requestParams: { path: idParams },
      requestBody: { required: true, content: { "application/json": { schema: decisionBodySchema } } },
      responses: { "200": jsonResponse("The decision", decisionResultSchema) },
      errors: [400, 404, 409],
    }),
  },
  "/api/v1/review/fields/{id}": {
    patch: operation({
      operationId: "correctField",
      tags,
      summary: "Correct an extracted field",
      description: "Optimistic concurrency: send the `version` you saw; a newer one answers 409 `stale_version` and nothing is saved.",
      access: "console",
      requestParams: { path: idParams },
      requestBody: { required: true, content: { "application/json": { schema: correctFieldBodySchema } } },
      responses: { "200": jsonResponse("The field with its correction", reviewFieldSchema) },
      errors: [400, 404, 409],
    }),
  },
  "/api/v1/review/documents/{id}": {
    get: operation({
      operationId: "getReviewDocument",
      tags,
      summary: "Everything the review screen shows for a document",
      access: "console",
      requestParams: { path: idParams },
      responses: { "200": jsonResponse("Document, run, fields, questions, review item and audit trail", reviewDocumentSchema) },
      errors: [400, 404],
    }),
  },
  "/api/v1/review/questions/{id}/answer": {
    post: operation({
      operationId: "answerQuestionAsReviewer",
      tags,
      summary: "Answer the pipeline's question from the console",
      description: "Needs the claim when the question is in the queue. The run resumes from where it stopped.",
      access: "console",
      requestParams: { path: idParams },
      requestBody: { required: true, content: { "application/json": { schema: answerBodySchema } } },
      responses: { "200": jsonResponse("The answered question and the run's status", answerResultSchema) },
      errors: [400, 404, 409],
    }),
  },
  "/api/v1/documents/{id}/file": {
    get: operation({
      operationId: "getDocumentFile",
      tags: ["Documents"],
      summary: "Download the uploaded file",
      description: "The stored bytes with their content type: PDF and images inline, other types as an attachment. Supports If-None-Match.",
      access: { scope: "read" },
      requestParams: { path: idParams },
      responses: {
        "200": { description: "The file", content: { "application/octet-stream": { schema: z.string().meta({ format: "binary" }) } } },
        "304": { description: "Not modified (ETag matched)" },
      },
      errors: [400, 404],
    }),
  },
};
