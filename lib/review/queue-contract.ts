import { z } from "zod";
import { defineOperation, jsonResponse } from "@/lib/core/contract";
import { idParams } from "@/lib/core/ids";
import { ReviewReason, ReviewResolution, ReviewStatus } from "@/lib/generated/prisma/enums";

// Shapes of the review queue shared by the route handlers, lib/review and the console (no server imports).

export const queueViewSchema = z.enum(["open", "mine", "claimed", "resolved"]);
export type QueueView = z.infer<typeof queueViewSchema>;

export const queueSortSchema = z.enum(["priority", "sla", "oldest", "newest", "confidence"]);
export type QueueSort = z.infer<typeof queueSortSchema>;

export const reviewReasonSchema = z.enum(ReviewReason);

export const reviewReasonDetailSchema = z.object({
  reason: z.string(),
  detail: z.string().nullable(),
  /** Fields the reason is about, highlighted on the review screen. */
  fields: z.array(z.string()),
});
export type ReviewReasonDetail = z.infer<typeof reviewReasonDetailSchema>;

export const queueQuerySchema = z.object({
  view: queueViewSchema.default("open"),
  sort: queueSortSchema.default("priority"),
  reason: reviewReasonSchema.optional(),
  docType: z.string().trim().min(1).max(40).optional(),
  /** Matches a file name (substring, any case) or an exact document / review item id. */
  q: z.string().trim().min(1).max(200).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type QueueQuery = z.infer<typeof queueQuerySchema>;

export const queueItemSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  runId: z.string(),
  filename: z.string(),
  docType: z.string().nullable(),
  reason: reviewReasonSchema,
  /** Every reason the pipeline gave, most urgent first; `reason` is the headline one. */
  reasons: z.array(reviewReasonDetailSchema),
  priority: z.number().int(),
  confidence: z.number().nullable(),
  status: z.enum(ReviewStatus),
  assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
  claimExpiresAt: z.iso.datetime().nullable(),
  slaDueAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  resolvedAt: z.iso.datetime().nullable(),
  resolution: z.enum(ReviewResolution).nullable(),
  version: z.number().int(),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

export const queuePageSchema = z.object({
  items: z.array(queueItemSchema),
  nextCursor: z.string().nullable(),
  /** Items matching the view and filters (all pages). */
  total: z.number().int(),
});
export type QueuePage = z.infer<typeof queuePageSchema>;

/** What the live-update channel says; clients refetch what they show rather than trusting the payload. */
export const queueEventSchema = z.object({
  kind: z.enum(["created", "claimed", "released", "resolved", "changed"]),
  itemId: z.string(),
  documentId: z.string(),
  status: z.enum(ReviewStatus),
  assigneeId: z.string().nullable(),
  at: z.iso.datetime(),
});
export type QueueEvent = z.infer<typeof queueEventSchema>;

export const reasonLabels: Record<ReviewReason, string> = {
  low_confidence: "Low confidence",
  validation_failed: "Validation failed",
  open_question: "Open question",
  audit_sample: "Audit sample",
  suspected_hallucination: "Suspected hallucination",
  prompt_injection: "Prompt injection",
  agent_failed: "Agent failed",
  budget_exhausted: "Budget exhausted",
};

export const sortLabels: Record<QueueSort, string> = {
  priority: "Priority",
  sla: "SLA due soonest",
  oldest: "Oldest first",
  newest: "Newest first",
  confidence: "Lowest confidence",
};

export const claimNextBodySchema = z.object({
  sort: queueSortSchema.default("priority"),
  reason: reviewReasonSchema.optional(),
  docType: z.string().trim().min(1).max(40).optional(),
  q: z.string().trim().min(1).max(200).optional(),
  /** The item the reviewer just finished or skipped, so "next" moves on. */
  excludeItemId: z.string().min(1).max(64).optional(),
});

export const auditSamplingBodySchema = z.object({
  /** Share of auto-approved documents that also go to the queue as audit samples (0–1). */
  rate: z.number().min(0).max(1),
});

export const precisionSchema = z.object({
  windowDays: z.number().int(),
  confirmed: z.number().int(),
  corrected: z.number().int(),
  rejected: z.number().int(),
  pending: z.number().int(),
  reviewed: z.number().int(),
  precision: z.number().nullable(),
  interval: z.object({ low: z.number(), high: z.number() }).nullable(),
});

export const queueSummarySchema = z.object({
  counts: z.object({
    open: z.partialRecord(reviewReasonSchema, z.number().int()),
    openTotal: z.number().int(),
    mine: z.number().int(),
    claimed: z.number().int(),
  }),
  precision: precisionSchema,
  auditSampleRate: z.number(),
});
export type QueueSummary = z.infer<typeof queueSummarySchema>;

const tags = ["Review console"];
export const claimedNextSchema = z.object({ item: queueItemSchema.nullable() });
export const auditSamplingResultSchema = z.object({ auditSampleRate: z.number() });

// The console routes are documented for completeness; they take a console session, not an API token.
export const queueOperations = {
  listReviewQueue: defineOperation({
    method: "get",
    path: "/api/v1/review/queue",
    operationId: "listReviewQueue",
    tags,
    summary: "A page of the review queue",
    description: "Keyset-paginated: pass `nextCursor` back as `cursor` for the next page. Views: open, mine, claimed, resolved.",
    access: "console",
    requestParams: { query: queueQuerySchema },
    responses: { "200": jsonResponse("A page of review items", queuePageSchema) },
    errors: [400],
  }),
  claimNextReviewItem: defineOperation({
    method: "post",
    path: "/api/v1/review/queue/next",
    operationId: "claimNextReviewItem",
    tags,
    summary: "Claim the next item",
    description: "The caller's own unfinished claim first, else the first open item in the given order; `item` is null when none is left.",
    access: "console",
    requestBody: { required: true, content: { "application/json": { schema: claimNextBodySchema } } },
    responses: { "200": jsonResponse("The claimed item, or null", claimedNextSchema) },
    errors: [400],
  }),
  followReviewQueue: defineOperation({
    method: "get",
    path: "/api/v1/review/queue/events",
    operationId: "followReviewQueue",
    tags,
    summary: "Live queue changes (server-sent events)",
    description: "One `queue` event per created, claimed, released or resolved item of the tenant.",
    access: "console",
    responses: { "200": { description: "An event stream", content: { "text/event-stream": { schema: z.string() } } } },
  }),
  getReviewSummary: defineOperation({
    method: "get",
    path: "/api/v1/review/summary",
    operationId: "getReviewSummary",
    tags,
    summary: "Queue counts and the measured auto-approve precision",
    access: "console",
    responses: { "200": jsonResponse("Counts, precision and the audit sampling rate", queueSummarySchema) },
  }),
  setAuditSampleRate: defineOperation({
    method: "put",
    path: "/api/v1/review/audit-sampling",
    operationId: "setAuditSampleRate",
    tags,
    summary: "Set the share of auto-approved documents sampled for audit (installation-wide)",
    access: "console-operator",
    requestBody: { required: true, content: { "application/json": { schema: auditSamplingBodySchema } } },
    responses: { "200": jsonResponse("The new rate", auditSamplingResultSchema) },
    errors: [400],
  }),
  claimReviewItem: defineOperation({
    method: "post",
    path: "/api/v1/review/items/{id}/claim",
    operationId: "claimReviewItem",
    tags,
    summary: "Claim an item, or renew the caller's claim",
    description: "Atomic: of two reviewers claiming at once, one gets 409 `already_claimed`. A claim expires unless renewed.",
    access: "console",
    requestParams: { path: idParams },
    responses: { "200": jsonResponse("The claimed item", queueItemSchema) },
    errors: [404, 409],
  }),
  releaseReviewItem: defineOperation({
    method: "delete",
    path: "/api/v1/review/items/{id}/claim",
    operationId: "releaseReviewItem",
    tags,
    summary: "Release a claim",
    description: "Reviewers release their own claims; admins may release anyone's.",
    access: "console",
    requestParams: { path: idParams },
    responses: { "200": jsonResponse("The item, open again", queueItemSchema) },
    errors: [404, 409],
  }),
};
