import { z } from "zod";
import { defineOperation, jsonResponse } from "@/lib/core/contract";
import { idParams, idSchema } from "@/lib/core/ids";
import { DocumentStatus, RunStatus } from "@/lib/generated/prisma/enums";
import { fieldEvidenceSchema } from "@/lib/ingest/reading-schema";
import { answerBodySchema } from "@/lib/pipeline/pipeline-contract";
import { queueItemSchema } from "@/lib/review/queue-contract";
import { runVendorSchema } from "@/lib/vendors/vendor-contract";

// The review screen's view of one document, and the bodies of the reviewer's actions.
// Shared by route handlers, lib/review and the console (no server imports).

export const previewKindSchema = z.enum(["pdf", "image", "text", "none"]);
export type PreviewKind = z.infer<typeof previewKindSchema>;

/** A document's page, 1-based (a page past the end answers 404). */
export const pageParams = z.object({ id: idSchema, page: z.coerce.number().int().min(1).max(10_000) });

export const reviewFieldSchema = z.object({
  id: z.string(),
  name: z.string(),
  label: z.string(),
  /** What the pipeline extracted. */
  value: z.string().nullable(),
  /** The reviewer's correction, when there is one; `effectiveValue` is what goes downstream. */
  correctedValue: z.string().nullable(),
  effectiveValue: z.string().nullable(),
  confidence: z.number(),
  sourceStart: z.number().int().nullable(),
  sourceEnd: z.number().int().nullable(),
  flags: z.array(z.string()),
  /** Where on which page the value was read, for the highlight on the original file. */
  evidence: fieldEvidenceSchema.nullable(),
  correctedBy: z.string().nullable(),
  correctedAt: z.iso.datetime().nullable(),
  version: z.number().int(),
});
export type ReviewField = z.infer<typeof reviewFieldSchema>;

export const reviewQuestionSchema = z.object({
  id: z.string(),
  runId: z.string(),
  agent: z.string(),
  prompt: z.string(),
  options: z.array(z.string()),
  answer: z.string().nullable(),
  answeredBy: z.string().nullable(),
  answeredVia: z.string().nullable(),
  createdAt: z.iso.datetime(),
  answeredAt: z.iso.datetime().nullable(),
});
export type ReviewQuestion = z.infer<typeof reviewQuestionSchema>;

export const auditEntrySchema = z.object({
  id: z.string(),
  action: z.string(),
  actor: z.string().nullable(),
  createdAt: z.iso.datetime(),
  data: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const reviewDocumentSchema = z.object({
  document: z.object({
    id: z.string(),
    filename: z.string(),
    mime: z.string(),
    size: z.number().int(),
    status: z.enum(DocumentStatus),
    docType: z.string().nullable(),
    pageCount: z.number().int().nullable(),
    text: z.string().nullable(),
    preview: previewKindSchema,
    createdAt: z.iso.datetime(),
  }),
  run: z
    .object({
      id: z.string(),
      status: z.enum(RunStatus),
      docType: z.string().nullable(),
      confidence: z.number().nullable(),
      decision: z.string().nullable(),
      decisionReasons: z.unknown(),
      summary: z.string().nullable(),
      createdAt: z.iso.datetime(),
      finishedAt: z.iso.datetime().nullable(),
    })
    .nullable(),
  fields: z.array(reviewFieldSchema),
  /** What vendor memory knew about the issuer when the run was matched (null: not matched yet). */
  vendor: runVendorSchema.nullable(),
  questions: z.array(reviewQuestionSchema),
  /** The unresolved review item of the latest run, else the most recently resolved one. */
  item: queueItemSchema.nullable(),
  audit: z.array(auditEntrySchema),
  viewer: z.object({
    userId: z.string(),
    /** The viewer holds the claim, so may edit, decide and answer. */
    canAct: z.boolean(),
    canClaim: z.boolean(),
  }),
});
export type ReviewDocument = z.infer<typeof reviewDocumentSchema>;

export const correctFieldBodySchema = z.object({
  value: z.string().max(10_000),
  /** The field version the reviewer saw; a newer one on the server means someone else edited it. */
  version: z.number().int().min(0),
});

export const rejectReasonSchema = z.enum(["wrong_document", "illegible", "duplicate", "suspected_fraud", "incorrect_data", "other"]);
export type RejectReason = z.infer<typeof rejectReasonSchema>;

export const decisionBodySchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), note: z.string().trim().max(2_000).optional() }),
  z.object({
    decision: z.literal("reject"),
    reason: rejectReasonSchema,
    note: z.string().trim().max(2_000).optional(),
  }).refine((b) => b.reason !== "other" || (b.note?.length ?? 0) > 0, { message: "Say why when the reason is 'other'", path: ["note"] }),
]);
export type DecisionBody = z.infer<typeof decisionBodySchema>;

export const rejectReasonLabels: Record<RejectReason, string> = {
  wrong_document: "Not a document we process",
  illegible: "Illegible or incomplete",
  duplicate: "Duplicate",
  suspected_fraud: "Suspected fraud or tampering",
  incorrect_data: "Data cannot be confirmed",
  other: "Other",
};

export const auditActionLabels: Record<string, string> = {
  "review.claimed": "claimed the item",
  "review.released": "released the item",
  "review.claim_expired": "claim expired",
  "field.corrected": "corrected a field",
  "review.approved": "approved",
  "review.rejected": "rejected",
  "question.answered": "answered the question",
  // Written by the pipeline and the API; the actor is "Sieve" unless a person or token acted.
  "document.uploaded": "uploaded the document",
  "run.approved": "auto-approved the document",
  "run.needs_review": "routed the document to review",
  "run.waiting_for_answer": "asked a question",
  "run.cancelled": "cancelled the run",
};

const tags = ["Review console"];
export const decisionResultSchema = z.object({ itemId: z.string(), resolution: z.enum(["approved", "rejected"]), resolvedItems: z.number().int() });
export const answerResultSchema = z.object({ question: reviewQuestionSchema, runStatus: z.string() });

export const reviewOperations = {
  decideReviewItem: defineOperation({
    method: "post",
    path: "/api/v1/review/items/{id}/decision",
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
  correctField: defineOperation({
    method: "patch",
    path: "/api/v1/review/fields/{id}",
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
  getReviewDocument: defineOperation({
    method: "get",
    path: "/api/v1/review/documents/{id}",
    operationId: "getReviewDocument",
    tags,
    summary: "Everything the review screen shows for a document",
    access: "console",
    requestParams: { path: idParams },
    responses: { "200": jsonResponse("Document, run, fields, questions, review item and audit trail", reviewDocumentSchema) },
    errors: [400, 404],
  }),
  answerQuestionAsReviewer: defineOperation({
    method: "post",
    path: "/api/v1/review/questions/{id}/answer",
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
  getDocumentFile: defineOperation({
    method: "get",
    path: "/api/v1/documents/{id}/file",
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
  getDocumentPage: defineOperation({
    method: "get",
    path: "/api/v1/documents/{id}/pages/{page}",
    operationId: "getDocumentPage",
    tags: ["Documents"],
    summary: "One page of a PDF as an image",
    description: "The page rendered as PNG (longest side at most 1800 px), for drawing field evidence over it. Only PDFs have pages here; an image upload is its own page (`/file`). Supports If-None-Match.",
    access: { scope: "read" },
    requestParams: { path: pageParams },
    responses: {
      "200": { description: "The page", content: { "image/png": { schema: z.string().meta({ format: "binary" }) } } },
      "304": { description: "Not modified (ETag matched)" },
    },
    errors: [400, 404, 422],
  }),
};
