import { z } from "zod";
import { ReviewReason, RunStatus, StepStatus } from "@/lib/generated/prisma/enums";
import { idParams, idSchema } from "@/lib/core/ids";
import { fieldEvidenceSchema } from "@/lib/ingest/reading-schema";
import { defineOperation, isoDateTime, jsonResponse, pageOf, paginationQuery } from "@/lib/core/contract";

export const runStatusSchema = z.enum(RunStatus).meta({
  id: "RunStatus",
  description: "queued → running → (waiting_for_answer →) needs_review | approved | rejected | failed | cancelled",
});

export const TERMINAL_RUN_STATUSES = ["approved", "rejected", "failed", "cancelled"] as const satisfies RunStatus[];

export const decisionReasonSchema = z
  .object({
    reason: z.enum(ReviewReason).meta({ id: "ReviewReason" }),
    detail: z.string().nullable(),
    fields: z.array(z.string()).meta({ description: "The fields the reason is about" }),
  })
  .meta({ id: "DecisionReason" });

export const runSummarySchema = z
  .object({
    id: idSchema,
    documentId: idSchema,
    status: runStatusSchema,
    docType: z.string().nullable().meta({ description: "Detected document type, e.g. invoice" }),
    routingTarget: z.string().nullable(),
    decision: z.string().nullable().meta({ description: "auto_approve, human_review or ask_question once decided" }),
    decisionReasons: z.array(decisionReasonSchema).meta({ description: "Why the run went to review or asked a question, most urgent first; empty when approved or undecided" }),
    confidence: z.number().min(0).max(1).nullable(),
    spentMicros: z.number().int().meta({ description: "Model spend so far in micro-dollars (1 USD = 1,000,000)" }),
    error: z.string().nullable(),
    errorCode: z
      .string()
      .nullable()
      .meta({ description: "Why a failed run failed, stable for clients: a reading reason (corrupt_image, corrupt_pdf, corrupt_docx, no_text, too_many_pages) or run_failed" }),
    createdAt: isoDateTime,
    startedAt: isoDateTime.nullable(),
    finishedAt: isoDateTime.nullable(),
  })
  .meta({ id: "RunSummary" });

export const sourceSpanSchema = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    text: z.string().nullable().meta({ description: "The document text the value was read from" }),
  })
  .meta({ id: "SourceSpan", description: "Character offsets into the document text, end exclusive" });

export const fieldSchema = z
  .object({
    name: z.string(),
    value: z.string().nullable().meta({ description: "The reviewer's correction if there is one, else the extracted value" }),
    extractedValue: z.string().nullable(),
    corrected: z.boolean(),
    confidence: z.number().min(0).max(1),
    source: sourceSpanSchema.nullable(),
    flags: z.array(z.string()).meta({ description: "Why to doubt or trust the value: not_in_document, span_corrected, derived, inferred, answered, ocr_doubt (read from words the OCR was unsure of), cross_checked (other amounts on the document confirm it), e_invoice (the PDF's embedded e-invoice XML states the same value), e_invoice_conflict (the embedded e-invoice states another value that the page does not print), or the id of a failed business rule (e.g. total_equals_subtotal_plus_tax)" }),
    evidence: fieldEvidenceSchema.nullable().meta({ description: "Where the value was read: the page, the box of its words (fractions of the page, origin top left) and their lowest OCR confidence (1 for a text layer); null when no reading covers it" }),
  })
  .meta({ id: "Field" });

export const questionStatusSchema = z.enum(["open", "answered", "closed"]).meta({
  id: "QuestionStatus",
  description: "open: waiting for an answer · answered · closed: unanswered but its run has ended (e.g. cancelled)",
});

export const questionSchema = z
  .object({
    id: idSchema,
    runId: idSchema,
    documentId: idSchema,
    agent: z.string(),
    prompt: z.string().meta({ example: "Two totals found: 120.00 or 102.00?" }),
    options: z.array(z.string()).nullable().meta({ description: "Suggested answers, when the agent offers a choice" }),
    status: questionStatusSchema,
    answer: z.string().nullable(),
    createdAt: isoDateTime,
    answeredAt: isoDateTime.nullable(),
  })
  .meta({ id: "Question" });

export const agentStepSchema = z
  .object({
    agent: z.string(),
    status: z.enum(StepStatus),
    confidence: z.number().min(0).max(1).nullable(),
    durationMs: z.number().int().nullable(),
  })
  .meta({ id: "AgentStep" });

export const runSchema = runSummarySchema
  .extend({
    summary: z.string().nullable().meta({ description: "The summarisation agent's summary, once written" }),
    fields: z.array(fieldSchema),
    steps: z.array(agentStepSchema),
    questions: z.array(questionSchema),
  })
  .meta({ id: "Run", description: "A run with its result so far" });

export type RunSummary = z.infer<typeof runSummarySchema>;
export type DecisionReason = z.infer<typeof decisionReasonSchema>;
export type RunView = z.infer<typeof runSchema>;
export type FieldView = z.infer<typeof fieldSchema>;
export type QuestionView = z.infer<typeof questionSchema>;

export const listQuestionsQuery = paginationQuery.extend({
  status: questionStatusSchema.default("open").meta({ description: "Defaults to open" }),
  documentId: idSchema.optional(),
  runId: idSchema.optional(),
});

export const questionPageSchema = pageOf(questionSchema).meta({ id: "QuestionPage" });

export type ListQuestionsQuery = z.infer<typeof listQuestionsQuery>;

export const runOperations = {
  getRun: defineOperation({
    method: "get",
    path: "/api/v1/runs/{id}",
    operationId: "getRun",
    tags: ["Runs"],
    summary: "Get a run's status and result",
    access: { scope: "read" },
    requestParams: { path: idParams },
    responses: { "200": jsonResponse("The run", runSchema) },
    errors: [400, 404],
  }),
  listQuestions: defineOperation({
    method: "get",
    path: "/api/v1/questions",
    operationId: "listQuestions",
    tags: ["Questions"],
    summary: "List clarifying questions on my documents",
    description: "Open questions by default: their runs wait (`waiting_for_answer`) until one is answered.",
    access: { scope: "read" },
    requestParams: { query: listQuestionsQuery },
    responses: { "200": jsonResponse("A page of questions", questionPageSchema) },
    errors: [400],
  }),
};
