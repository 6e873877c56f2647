import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ValidationQuestion } from "@/lib/agents/validation";
import type { AssessedField } from "@/lib/pipeline/confidence";
import { slaDueAt, type RouteDecision } from "@/lib/pipeline/routing";
import type { RunExecution } from "@/lib/pipeline/run-execution";
import type { ExtractedLineItem } from "@/lib/schemas/agent-outputs";
import type { DocTypeId, RoutingTarget } from "@/lib/schemas/document-types";

// Writes a routing decision in one transaction: the run's state, the document's status, every
// field (FieldValue), the question or review item, and an audit event. The run must still be
// `running` — a run cancelled meanwhile keeps its cancellation and nothing here is written.

export interface Outcome {
  decision: RouteDecision;
  docType: DocTypeId;
  routingTarget: RoutingTarget | null;
  fields: AssessedField[];
  lineItems: ExtractedLineItem[];
  question: ValidationQuestion | null;
  validationStepId: string | null;
}

/** Run.decision, as the API documents it. */
export const DECISION_LABELS = { approved: "auto_approve", needs_review: "human_review", waiting_for_answer: "ask_question" } as const;

export type Persisted = { committed: false } | { committed: true; reviewItemId: string | null; questionId: string | null };

function fieldRows(exec: RunExecution, outcome: Outcome) {
  const rows = outcome.fields.map((f) => ({
    name: f.name,
    value: f.value,
    confidence: f.confidence,
    sourceStart: f.source?.start ?? null,
    sourceEnd: f.source?.end ?? null,
    sourceText: f.source ? exec.text.slice(f.source.start, f.source.end) : null,
    flags: f.flags,
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
    });
  }
  return rows;
}

export async function persistOutcome(exec: RunExecution, outcome: Outcome, now = new Date()): Promise<Persisted> {
  const { run, document } = exec;
  const { decision } = outcome;
  const status = decision.outcome;
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
      await tx.document.update({ where: { id: document.id }, data: { status, docType: outcome.docType } });
      // A resumed run replaces its earlier values; a reviewer's correction, if any, is kept as it is.
      await tx.fieldValue.deleteMany({ where: { runId: run.id, correctedAt: null } });
      await tx.fieldValue.createMany({ data: fieldRows(exec, outcome).map((row) => ({ runId: run.id, documentId: document.id, ...row })), skipDuplicates: true });
      const question =
        status === "waiting_for_answer" && outcome.question
          ? await tx.question.create({
              data: { runId: run.id, agentStepId: outcome.validationStepId, agent: "validation", prompt: outcome.question.prompt, options: outcome.question.options },
              select: { id: true },
            })
          : null;
      const reviewReason = status === "needs_review" ? decision.reasons[0]!.reason : decision.auditSample ? "audit_sample" : null;
      const reviewItem = reviewReason
        ? await tx.reviewItem.create({
            data: {
              tenantId: run.tenantId,
              documentId: document.id,
              runId: run.id,
              reason: reviewReason,
              reasons: (reviewReason === "audit_sample" ? [{ reason: "audit_sample", detail: "Random audit of an auto-approved document", fields: [] }] : decision.reasons) as unknown as Prisma.InputJsonValue,
              priority: decision.priority,
              docType: outcome.docType,
              confidence: decision.confidence,
              slaDueAt: slaDueAt(decision.priority, exec.settings, now),
            },
            select: { id: true },
          })
        : null;
      await tx.auditEvent.create({
        data: {
          tenantId: run.tenantId,
          action: `run.${status}`,
          entityType: "run",
          entityId: run.id,
          documentId: document.id,
          runId: run.id,
          requestId: run.requestId,
          data: {
            confidence: decision.confidence,
            threshold: decision.threshold,
            reasons: decision.reasons,
            auditSample: decision.auditSample,
            reviewItemId: reviewItem?.id ?? null,
            questionId: question?.id ?? null,
          } as unknown as Prisma.InputJsonValue,
        },
      });
      return { committed: true, reviewItemId: reviewItem?.id ?? null, questionId: question?.id ?? null } as const;
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
}
