import crypto from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ReviewReason, RunStatus } from "@/lib/generated/prisma/enums";

// Writes what the pipeline would leave behind for a document that needs a human: Document, Run,
// FieldValues (with source spans into the text), a ReviewItem and optionally an open Question.
// Used by the review integration tests and, through e2eDb(), by the review e2e tests.

export interface SeedField {
  name: string;
  value: string | null;
  confidence: number;
  flags?: string[];
  /** Stored as is: a FieldEvidence, or anything else to test how bad JSON is handled. */
  evidence?: object;
}

export interface SeedReviewOptions {
  tenantId: string;
  filename?: string;
  mime?: string;
  bytes?: Uint8Array;
  text?: string;
  pageCount?: number;
  docType?: string;
  reason?: ReviewReason;
  priority?: number;
  confidence?: number;
  runStatus?: RunStatus;
  fields?: SeedField[];
  question?: { prompt: string; options: string[]; agent?: string };
  createdAt?: Date;
  slaDueAt?: Date | null;
}

export const SAMPLE_RECEIPT_TEXT = [
  "KEDAI RUNCIT MAJU JAYA",
  "NO 12, JALAN BESAR, 81200 JOHOR BAHRU",
  "DATE: 11/01/2019   TIME: 09:44",
  "SUBTOTAL          95.00",
  "TAX                7.00",
  "TOTAL            102.00",
  "CASH             120.00",
  "THANK YOU",
].join("\n");

const defaultFields: SeedField[] = [
  { name: "company", value: "KEDAI RUNCIT MAJU JAYA", confidence: 0.97 },
  { name: "date", value: "2019-01-11", confidence: 0.91 },
  { name: "total", value: "120.00", confidence: 0.48, flags: ["low_confidence"] },
  { name: "subtotal", value: "95.00", confidence: 0.88 },
];

const reasonDetail: Record<ReviewReason, string> = {
  low_confidence: "Confidence 0.620 is below 0.95",
  validation_failed: "Subtotal + tax does not equal the total",
  open_question: "",
  audit_sample: "Randomly sampled from auto-approved documents",
  suspected_hallucination: "Values not found in the document text",
  prompt_injection: "The document contains text addressed to the model",
  agent_failed: "No usable result from extraction",
  budget_exhausted: "The run's budget cannot pay for the run's next model call (extraction escalation): spent 0 of 1 micro-dollars",
};

/** Where a value (or its day-first date form) sits in the text, for the source span. */
function spanOf(text: string, value: string | null): [number, number] | null {
  if (!value) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const needle = iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : value;
  const start = text.indexOf(needle);
  return start < 0 ? null : [start, start + needle.length];
}

export async function seedReviewDocument(db: PrismaClient, options: SeedReviewOptions) {
  const text = options.text ?? SAMPLE_RECEIPT_TEXT;
  const bytes = options.bytes ?? new TextEncoder().encode(text);
  const createdAt = options.createdAt ?? new Date();
  const docType = options.docType ?? "receipt";
  const reason = options.reason ?? "low_confidence";
  const runStatus = options.runStatus ?? (options.question ? "waiting_for_answer" : reason === "audit_sample" ? "approved" : "needs_review");
  const document = await db.document.create({
    data: {
      tenantId: options.tenantId,
      filename: options.filename ?? `receipt-${crypto.randomBytes(3).toString("hex")}.txt`,
      mime: options.mime ?? "text/plain",
      size: bytes.byteLength,
      sha256: crypto.createHash("sha256").update(bytes).update(crypto.randomBytes(8)).digest("hex"),
      bytes: Buffer.from(bytes),
      text,
      pageCount: options.pageCount ?? null,
      status: runStatus === "waiting_for_answer" ? "waiting_for_answer" : runStatus === "approved" ? "approved" : "needs_review",
      docType,
      createdAt,
    },
  });
  const run = await db.run.create({
    data: {
      documentId: document.id,
      tenantId: options.tenantId,
      status: runStatus,
      docType,
      confidence: options.confidence ?? 0.62,
      decision: reason === "audit_sample" ? "auto_approved" : "human_review",
      decisionReasons: [reason],
      budgetCapMicros: 250_000,
      createdAt,
      startedAt: createdAt,
    },
  });
  const fields = [];
  for (const f of options.fields ?? defaultFields) {
    const span = spanOf(text, f.value);
    fields.push(
      await db.fieldValue.create({
        data: {
          runId: run.id,
          documentId: document.id,
          name: f.name,
          value: f.value,
          confidence: f.confidence,
          sourceStart: span?.[0] ?? null,
          sourceEnd: span?.[1] ?? null,
          sourceText: span ? text.slice(span[0], span[1]) : null,
          flags: f.flags ?? [],
          ...(f.evidence ? { evidence: f.evidence } : {}),
        },
      }),
    );
  }
  const question = options.question
    ? await db.question.create({
        data: { runId: run.id, agent: options.question.agent ?? "validation", prompt: options.question.prompt, options: options.question.options },
      })
    : null;
  const item = await db.reviewItem.create({
    data: {
      tenantId: options.tenantId,
      documentId: document.id,
      runId: run.id,
      reason: options.question ? "open_question" : reason,
      reasons: [
        options.question
          ? { reason: "open_question", detail: options.question.prompt, fields: ["total"] }
          : { reason, detail: reasonDetail[reason], fields: reason === "audit_sample" ? [] : ["total"] },
      ],
      priority: options.priority ?? 0,
      docType,
      confidence: options.confidence ?? 0.62,
      slaDueAt: options.slaDueAt === undefined ? new Date(createdAt.getTime() + 4 * 3_600_000) : options.slaDueAt,
      createdAt,
    },
  });
  return { document, run, fields, question, item };
}
