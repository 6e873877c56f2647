import "server-only";
import { notFound } from "@/lib/core/errors";
import { z } from "zod";
import { db } from "@/lib/db";
import { decisionReasonSchema, type DecisionReason } from "@/lib/documents/run-contract";
import { buildWaterfall, type Waterfall } from "@/lib/traces/waterfall";

// Everything /runs/[id] shows: the run, its document, the waterfall of steps and model calls, the
// extracted fields and any clarifying questions. Scoped to the caller's tenant.

export interface RunTrace {
  run: {
    id: string;
    status: string;
    docType: string | null;
    routingTarget: string | null;
    decision: string | null;
    /** Most urgent first; empty when approved or undecided (unreadable stored reasons read as none). */
    decisionReasons: DecisionReason[];
    confidence: number | null;
    budgetCapMicros: number;
    spentMicros: number;
    error: string | null;
    createdAt: string;
    finishedAt: string | null;
  };
  document: { id: string; filename: string; mime: string; pageCount: number | null };
  waterfall: Waterfall;
  fields: Array<{ name: string; value: string | null; correctedValue: string | null; confidence: number; flags: string[] }>;
  questions: Array<{ id: string; agent: string; prompt: string; answer: string | null; createdAt: string; answeredAt: string | null }>;
}

export async function loadRunTrace(tenantId: string, runId: string, now = new Date()): Promise<RunTrace> {
  const run = await db.run.findFirst({
    where: { id: runId, tenantId },
    include: {
      document: { select: { id: true, filename: true, mime: true, pageCount: true } },
      steps: { orderBy: [{ startedAt: "asc" }, { createdAt: "asc" }] },
      modelCalls: { orderBy: { createdAt: "asc" } },
      fieldValues: { orderBy: { name: "asc" }, select: { name: true, value: true, correctedValue: true, confidence: true, flags: true } },
      questions: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!run) throw notFound("Run");
  return {
    run: {
      id: run.id,
      status: run.status,
      docType: run.docType,
      routingTarget: run.routingTarget,
      decision: run.decision,
      decisionReasons: z.array(decisionReasonSchema).catch([]).parse(run.decisionReasons ?? []),
      confidence: run.confidence,
      budgetCapMicros: run.budgetCapMicros,
      spentMicros: run.spentMicros,
      error: run.error,
      createdAt: run.createdAt.toISOString(),
      finishedAt: run.finishedAt?.toISOString() ?? null,
    },
    document: run.document,
    waterfall: buildWaterfall(run, run.steps, run.modelCalls, now),
    fields: run.fieldValues,
    questions: run.questions.map((q) => ({
      id: q.id,
      agent: q.agent,
      prompt: q.prompt,
      answer: q.answer,
      createdAt: q.createdAt.toISOString(),
      answeredAt: q.answeredAt?.toISOString() ?? null,
    })),
  };
}
