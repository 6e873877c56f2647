import type { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentDetail, DocumentView } from "@/lib/documents/document-contract";
import { fieldEvidenceSchema } from "@/lib/ingest/reading-schema";
import { decisionReasonSchema, TERMINAL_RUN_STATUSES, type FieldView, type QuestionView, type RunSummary, type RunView } from "@/lib/documents/run-contract";
import type { RunStatus } from "@/lib/generated/prisma/enums";
import { summarisationOutputSchema } from "@/lib/schemas/agent-outputs";

// Rows → API shapes. Pure: the types come from the zod schemas, so a drift fails to compile.

type RunRow = Prisma.RunGetPayload<object>;
type DocumentRow = Prisma.DocumentGetPayload<{ omit: { bytes: true; text: true } }>;
type QuestionRow = Prisma.QuestionGetPayload<object>;
type FieldRow = Prisma.FieldValueGetPayload<object>;
type StepRow = Prisma.AgentStepGetPayload<object>;

const iso = (date: Date | null) => (date ? date.toISOString() : null);
const isTerminal = (status: RunStatus) => (TERMINAL_RUN_STATUSES as readonly RunStatus[]).includes(status);

export function runSummaryView(run: RunRow): RunSummary {
  return {
    id: run.id,
    documentId: run.documentId,
    status: run.status,
    docType: run.docType,
    routingTarget: run.routingTarget,
    decision: run.decision,
    // Written by the pipeline's router; anything unexpected is left out rather than passed on unchecked.
    decisionReasons: decisionReasonSchema.array().safeParse(run.decisionReasons ?? []).data ?? [],
    confidence: run.confidence,
    spentMicros: run.spentMicros,
    error: run.error,
    errorCode: run.errorCode,
    createdAt: run.createdAt.toISOString(),
    startedAt: iso(run.startedAt),
    finishedAt: iso(run.finishedAt),
  };
}

export function fieldView(field: FieldRow): FieldView {
  return {
    name: field.name,
    value: field.correctedValue ?? field.value,
    extractedValue: field.value,
    corrected: field.correctedValue !== null,
    confidence: field.confidence,
    source: field.sourceStart !== null && field.sourceEnd !== null ? { start: field.sourceStart, end: field.sourceEnd, text: field.sourceText } : null,
    flags: field.flags,
    evidence: fieldEvidenceSchema.nullable().catch(null).parse(field.evidence ?? null),
  };
}

const stringOptions = (options: Prisma.JsonValue | null) =>
  Array.isArray(options) ? options.filter((o): o is string => typeof o === "string") : null;

export function questionView(question: QuestionRow, run: Pick<RunRow, "documentId" | "status">): QuestionView {
  return {
    id: question.id,
    runId: question.runId,
    documentId: run.documentId,
    agent: question.agent,
    prompt: question.prompt,
    options: stringOptions(question.options),
    status: question.answeredAt ? "answered" : isTerminal(run.status) ? "closed" : "open",
    answer: question.answer,
    createdAt: question.createdAt.toISOString(),
    answeredAt: iso(question.answeredAt),
  };
}

/** The summary of the last summarisation step that succeeded without handing over to a larger model. */
export function summaryOf(steps: StepRow[]): string | null {
  const step = steps.filter((s) => s.agent === "summarisation" && s.status === "succeeded" && s.decision !== "escalated").at(-1);
  return summarisationOutputSchema.safeParse(step?.output).data?.summary ?? null;
}

export function runView(run: RunRow & { fieldValues: FieldRow[]; steps: StepRow[]; questions: QuestionRow[] }): RunView {
  return {
    ...runSummaryView(run),
    summary: summaryOf(run.steps),
    fields: run.fieldValues.map(fieldView),
    steps: run.steps.map((s) => ({ agent: s.agent, status: s.status, confidence: s.confidence, durationMs: s.durationMs })),
    questions: run.questions.map((q) => questionView(q, run)),
  };
}

export function documentView(document: DocumentRow, latestRun: RunRow | null): DocumentView {
  return {
    id: document.id,
    filename: document.filename,
    mime: document.mime,
    size: document.size,
    sha256: document.sha256,
    pageCount: document.pageCount,
    status: document.status,
    docType: document.docType,
    createdAt: document.createdAt.toISOString(),
    updatedAt: document.updatedAt.toISOString(),
    latestRun: latestRun ? runSummaryView(latestRun) : null,
  };
}

export function documentDetailView(document: DocumentRow, latestRun: Parameters<typeof runView>[0] | null): DocumentDetail {
  return { ...documentView(document, null), latestRun: latestRun ? runView(latestRun) : null };
}
