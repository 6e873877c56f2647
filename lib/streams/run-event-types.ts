import type { UIMessage } from "ai";
import { z } from "zod";
import { sourceSpanSchema } from "@/lib/schemas/agent-outputs";
import { validationFindingSchema } from "@/lib/schemas/business-rules";

// The run's progress events. Each is stored in the run's event log (store list + RunEvent row)
// and streamed as an AI SDK UI message data part `data-<type>`, so `readUIMessageStream` /
// `useChat` clients read them as typed parts. Every payload carries `seq` (position in the
// log: resume with ?from=seq+1 or Last-Event-ID) and `at` (ISO time).

const runStatusSchema = z.enum(["queued", "running", "waiting_for_answer", "needs_review", "approved", "rejected", "failed", "cancelled"]);
const agentSchema = z.enum(["reading", "extraction", "classification", "summarisation", "validation", "routing"]);
const tierSchema = z.enum(["local", "llm"]);
const reviewReasonSchema = z.enum(["low_confidence", "validation_failed", "open_question", "audit_sample", "suspected_hallucination", "prompt_injection", "agent_failed", "budget_exhausted"]);

export const runEventPayloadSchemas = {
  /** Every status change. The last event of an execution is always a status at rest. */
  "run-status": z.object({ status: runStatusSchema, detail: z.string().nullable() }),
  "agent-started": z.object({ agent: agentSchema, stepId: z.string(), tier: tierSchema, escalationReason: z.string().nullable() }),
  "agent-finished": z.object({
    agent: agentSchema,
    stepId: z.string(),
    tier: tierSchema,
    status: z.enum(["succeeded", "failed", "skipped"]),
    durationMs: z.number().int(),
    confidence: z.number().nullable(),
    /** The agent's decision: document type, "escalated", "passed"/"failed", the route. */
    decision: z.string().nullable(),
    escalationReason: z.string().nullable(),
    error: z.string().nullable(),
    /** A small view of the output: classification's type and target, the summary. */
    result: z.record(z.string(), z.unknown()).nullable(),
  }),
  /** The reading stage's progress: started (pages when known), each page read, finished with the OCR confidence. */
  reading: z.object({
    phase: z.enum(["started", "page", "finished"]),
    page: z.number().int().nullable(),
    pages: z.number().int().nullable(),
    words: z.number().int(),
    /** Mean word confidence, 0..1, once finished. */
    confidence: z.number().nullable(),
    engine: z.string().nullable(),
    ms: z.number().int().nullable(),
  }),
  /** A field as soon as it is known (stage "extracted"), again after validation ("validated"). */
  field: z.object({
    name: z.string(),
    value: z.string().nullable(),
    confidence: z.number(),
    source: sourceSpanSchema.nullable(),
    flags: z.array(z.string()),
    tier: tierSchema,
    stage: z.enum(["extracted", "validated"]),
  }),
  finding: validationFindingSchema,
  question: z.object({ questionId: z.string(), prompt: z.string(), options: z.array(z.string()), field: z.string() }),
  answer: z.object({ questionId: z.string(), answer: z.string() }),
  decision: z.object({
    outcome: z.enum(["approved", "needs_review", "waiting_for_answer"]),
    confidence: z.number(),
    threshold: z.number(),
    reasons: z.array(z.object({ reason: reviewReasonSchema, detail: z.string(), fields: z.array(z.string()) })),
    docType: z.string(),
    routingTarget: z.string().nullable(),
    reviewItemId: z.string().nullable(),
    auditSample: z.boolean(),
  }),
  /** The run stopped on an unexpected error (status "failed" follows). */
  error: z.object({ code: z.string(), message: z.string() }),
} as const;

export type RunEventType = keyof typeof runEventPayloadSchemas;
export type RunEventPayload<T extends RunEventType> = z.infer<(typeof runEventPayloadSchemas)[T]>;
export type RunEventData<T extends RunEventType> = RunEventPayload<T> & { seq: number; at: string };

export interface RunEvent<T extends RunEventType = RunEventType> {
  seq: number;
  type: T;
  data: RunEventData<T>;
}

/** The UI message a run's stream builds up: `parts` holds `data-<type>` parts. */
export type RunUIMessage = UIMessage<never, { [T in RunEventType]: RunEventData<T> }>;

/** Part id for client-side reconciliation: a later part with the same id replaces the earlier one. */
export function partId(event: RunEvent): string {
  const data = event.data as Record<string, unknown>;
  switch (event.type) {
    case "run-status":
      return "run-status";
    case "decision":
      return "decision";
    case "field":
      return `field:${String(data.name)}`;
    case "question":
    case "answer":
      return `${event.type}:${String(data.questionId)}`;
    default:
      return `${event.type}:${event.seq}`;
  }
}

export const RESTING_STATUSES = new Set(["waiting_for_answer", "needs_review", "approved", "rejected", "failed", "cancelled"]);
