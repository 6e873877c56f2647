import "server-only";
import { systemActor } from "@/lib/core/actor";
import { audit } from "@/lib/core/audit";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ValidationQuestion } from "@/lib/agents/validation";
import { learnFromPipelineDecision } from "@/lib/labels/learn-from-decision";
import { settleStepWrites } from "@/lib/pipeline/agent-steps";
import type { AssessedField } from "@/lib/agents/confidence";
import type { FieldEvidence } from "@/lib/ingest/reading-schema";
import { slaDueAt, type RouteDecision } from "@/lib/pipeline/routing";
import type { RunExecution } from "@/lib/pipeline/run-execution";
import { insertStepRow } from "@/lib/pipeline/step-rows";
import type { ExtractedLineItem } from "@/lib/schemas/agent-outputs";
import type { DocTypeId, RoutingTarget } from "@/lib/schemas/document-types";

// Writes a routing decision. The run's fields and its routing step go first (in parallel; while
// the run is still `running` they are provisional, and a re-execution replaces them); then one
// transaction moves the run to its new state with the document's status, the question or review
// item, and an audit event. The run must still be `running`: a run cancelled meanwhile keeps its
// cancellation and no decision is written.

export interface Outcome {
  decision: RouteDecision;
  docType: DocTypeId;
  routingTarget: RoutingTarget | null;
  fields: AssessedField[];
  lineItems: ExtractedLineItem[];
  question: ValidationQuestion | null;
  validationStepId: string | null;
  /** The routing step's id: the decision is recorded as its AgentStep. */
  routingStepId: string;
}

/** Run.decision, as the API documents it. */
export const DECISION_LABELS = { approved: "auto_approve", needs_review: "human_review", waiting_for_answer: "ask_question" } as const;

export type Persisted = { committed: false } | { committed: true; reviewItemId: string | null; questionId: string | null };

type FieldRow = Pick<Prisma.FieldValueCreateManyInput, "name" | "value" | "confidence" | "sourceStart" | "sourceEnd" | "sourceText"> & {
  flags: string[];
  evidence: FieldEvidence | null;
};

function fieldRows(exec: RunExecution, outcome: Outcome): FieldRow[] {
  const rows: FieldRow[] = outcome.fields.map((f) => ({
    name: f.name,
    value: f.value,
    confidence: f.confidence,
    sourceStart: f.source?.start ?? null,
    sourceEnd: f.source?.end ?? null,
    sourceText: f.source ? exec.text.slice(f.source.start, f.source.end) : null,
    flags: f.flags,
    evidence: f.evidence ?? null,
  }));
  if (outcome.lineItems.length > 0) {
    // Line items are one field whose value is the JSON list, so reviewers correct them together.
    rows.push({
      name: "line_items",
      value: JSON.stringify(outcome.lineItems.map(({ description, quantity, unitPrice, amount }) => ({ description, quantity, unitPrice, amount }))),
      confidence: Math.min(...outcome.lineItems.map((i) => i.confidence)),
      sourceStart: null,
      sourceEnd: null,
      sourceText: null,
      flags: [],
      evidence: null,
    });
  }
  return rows;
}

/**
 * The run's FieldValue rows: earlier values of a resumed run are replaced, a reviewer's correction
 * is kept. One INSERT … FROM unnest(…): Prisma's createMany costs tens of milliseconds of main
 * thread for a handful of rows, on the path every run's decision waits on.
 */
async function writeFields(exec: RunExecution, rows: FieldRow[]): Promise<void> {
  const { run, document } = exec;
  if (exec.previousSteps.length > 0) await db.fieldValue.deleteMany({ where: { runId: run.id, correctedAt: null } });
  if (rows.length === 0) return;
  const col = <K extends keyof FieldRow>(key: K) => rows.map((r) => r[key] ?? null);
  await db.$executeRaw`INSERT INTO "FieldValue" (id, "runId", "documentId", name, value, confidence, "sourceStart", "sourceEnd", "sourceText", flags, evidence, "updatedAt")
    SELECT gen_random_uuid()::text, ${run.id}, ${document.id}, t.name, t.value, t.confidence, t.s, t.e, t.text,
      ARRAY(SELECT jsonb_array_elements_text(t.flags)), t.evidence, now()
    FROM unnest(${col("name")}::text[], ${col("value")}::text[], ${col("confidence")}::float8[], ${col("sourceStart")}::int[], ${col("sourceEnd")}::int[],
      ${col("sourceText")}::text[], ${rows.map((r) => JSON.stringify(r.flags))}::jsonb[],
      ${rows.map((r) => (r.evidence ? JSON.stringify(r.evidence) : null))}::jsonb[]) AS t(name, value, confidence, s, e, text, flags, evidence)
    ON CONFLICT ("runId", name) DO NOTHING`;
}

function writeRoutingStep(exec: RunExecution, outcome: Outcome, now: Date) {
  const { decision } = outcome;
  return insertStepRow({
    id: outcome.routingStepId,
    runId: exec.run.id,
    agent: "routing",
    tier: "local",
    status: "succeeded",
    input: { docType: outcome.docType },
    output: decision,
    confidence: decision.confidence,
    decision: decision.outcome,
    escalationReason: null,
    startedAt: now,
    finishedAt: now,
    durationMs: 0,
  });
}

export async function persistOutcome(exec: RunExecution, outcome: Outcome, now = new Date()): Promise<Persisted> {
  const { run, document } = exec;
  const { decision } = outcome;
  const status = decision.outcome;
  // The agents' own step rows too: a run at rest has its whole trace written.
  await Promise.all([writeFields(exec, fieldRows(exec, outcome)), writeRoutingStep(exec, outcome, now), settleStepWrites(exec)]);
  return db.$transaction(
    async (tx) => {
      const updated = await tx.run.updateMany({
        where: { id: run.id, status: "running" },
        data: {
          status,
          docType: outcome.docType,
          routingTarget: outcome.routingTarget,
          decision: DECISION_LABELS[status],
          decisionReasons: decision.reasons as unknown as Prisma.InputJsonValue,
          confidence: decision.confidence,
          finishedAt: status === "waiting_for_answer" ? null : now,
          version: { increment: 1 },
        },
      });
      if (updated.count === 0) return { committed: false } as const;
      // A run waiting for an answer is in the queue too: a reviewer may answer before the uploader does.
      const reviewReason =
        status === "needs_review" ? decision.reasons[0]!.reason : status === "waiting_for_answer" ? "open_question" : decision.auditSample ? "audit_sample" : null;
      const [, question, reviewItem] = await Promise.all([
        tx.document.update({ where: { id: document.id }, data: { status, docType: outcome.docType }, select: { id: true } }),
        status === "waiting_for_answer" && outcome.question
          ? tx.question.create({
              data: { runId: run.id, agentStepId: outcome.validationStepId, agent: "validation", prompt: outcome.question.prompt, options: outcome.question.options },
              select: { id: true },
            })
          : null,
        reviewReason
          ? tx.reviewItem.create({
              data: {
                tenantId: run.tenantId,
                documentId: document.id,
                runId: run.id,
                reason: reviewReason,
                reasons: (reviewReason === "audit_sample"
                  ? [{ reason: "audit_sample", detail: "Random audit of an auto-approved document", fields: [] }]
                  : decision.reasons) as unknown as Prisma.InputJsonValue,
                priority: decision.priority,
                docType: outcome.docType,
                confidence: decision.confidence,
                slaDueAt: slaDueAt(decision.priority, exec.settings, now),
              },
              select: { id: true },
            })
          : null,
      ]);
      await audit(tx, systemActor(run.tenantId, run.requestId ?? undefined), `run.${status}`, { type: "run", id: run.id, documentId: document.id, runId: run.id }, {
        confidence: decision.confidence,
        threshold: decision.threshold,
        reasons: decision.reasons,
        auditSample: decision.auditSample,
        reviewItemId: reviewItem?.id ?? null,
        questionId: question?.id ?? null,
      } as unknown as Prisma.InputJsonObject);
      await learnFromPipelineDecision(tx, exec, outcome, now);
      return { committed: true, reviewItemId: reviewItem?.id ?? null, questionId: question?.id ?? null } as const;
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
}
