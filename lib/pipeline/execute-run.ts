import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { AgentStep, Document, Question, Run } from "@/lib/generated/prisma/client";
import type { AgentName } from "@/lib/gateway/call-context";
import { documentTypeSignals, financialEvidence } from "@/lib/local-engine/type-cues";
import { log } from "@/lib/log";
import { describeError } from "@/lib/pipeline/agent-steps";
import { pipelineSettings } from "@/lib/pipeline/load-settings";
import { persistOutcome } from "@/lib/pipeline/persist-outcome";
import { readingStage, UnreadableDocument } from "@/lib/pipeline/reading-stage";
import { decideRoute } from "@/lib/pipeline/routing";
import { runFirstPhase } from "@/lib/pipeline/run-agents";
import type { RunExecution } from "@/lib/pipeline/run-execution";
import { trackExecution } from "@/lib/pipeline/run-registry";
import { answersOf, runValidationPhase } from "@/lib/pipeline/run-validation";
import { documentTypes, type DocTypeId } from "@/lib/schemas/document-types";
import { getStore } from "@/lib/store/get-store";
import { keepLeased } from "@/lib/store/lease";
import type { Lock } from "@/lib/store/store";
import { RunEventWriter } from "@/lib/streams/run-event-log";

// One execution of a run: from queued (new, or resumed after an answer) to a state at rest.
// Detached from any HTTP request: in a worker process as a BullMQ job (run-worker.ts), or in the
// server process under a lock so that only one instance executes a run at a time (launchRun).

/** The executor lock is a lease renewed while the execution lives, so it dies with a crashed process. */
export const EXECUTOR_LEASE_MS = 30_000;
const LOCK_WAIT_MS = 15_000;

async function acquireRunLock(runId: string, waitMs: number): Promise<Lock | null> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const lock = await getStore().acquireLock(`run:${runId}:executor`, EXECUTOR_LEASE_MS);
    // The previous execution may be releasing it (an answer arriving right after the question).
    if (lock || Date.now() > deadline) return lock;
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface ExecuteOptions {
  /** The three independent agents one after another: the benchmark's baseline. */
  sequential?: boolean;
  /** How long to wait for another execution's lock (0: skip a run someone else is executing). */
  lockWaitMs?: number;
  /** Uniform draw for audit sampling (tests pin it). */
  auditDraw?: number;
}

/** A run just created, handed over as it is so its first execution starts without reading it back. */
export interface FreshRun {
  run: Run;
  document: Document;
  /** The append of its "queued" event, which must land before the execution's first event. */
  queued: Promise<unknown>;
}

type Loaded = { run: Run; document: Document; steps: AgentStep[]; questions: Question[] };

async function load(runId: string, fresh: FreshRun | undefined): Promise<Loaded | null> {
  if (fresh) {
    await fresh.queued;
    return { run: fresh.run, document: fresh.document, steps: [], questions: [] };
  }
  // Steps an earlier execution left running (the server stopped) will not finish: say so.
  await db.agentStep.updateMany({
    where: { runId, status: "running" },
    data: { status: "failed", error: "interrupted: the server stopped during this step", finishedAt: new Date() },
  });
  const row = await db.run.findUnique({ where: { id: runId }, include: { document: true, steps: { orderBy: { createdAt: "asc" } }, questions: true } });
  if (!row) return null;
  const { document, steps, questions, ...run } = row;
  return { run, document, steps, questions };
}

/** Marks the run running unless it was cancelled meanwhile; the document follows. */
async function markRunning(run: Run, documentId: string): Promise<boolean> {
  const { count } = await db.run.updateMany({
    where: { id: run.id, status: { in: ["queued", "running"] } },
    data: { status: "running", startedAt: run.startedAt ?? new Date(), version: { increment: 1 } },
  });
  if (count > 0) await db.document.update({ where: { id: documentId }, data: { status: "processing" } });
  return count > 0;
}

/** The execution itself, with no lock: the caller makes sure no one else executes the run now. */
export async function executeRun(runId: string, signal: AbortSignal, options: ExecuteOptions = {}, fresh?: FreshRun): Promise<void> {
  const loaded = await load(runId, fresh);
  if (!loaded || (loaded.run.status !== "queued" && loaded.run.status !== "running")) return;
  const { run, document, steps, questions } = loaded;
  const [events, settings] = await Promise.all([fresh ? RunEventWriter.continuing(runId) : RunEventWriter.open(runId), pipelineSettings()]);
  const exec: RunExecution = {
    run,
    document,
    text: document.text ?? "",
    reading: null,
    previousSteps: steps,
    events,
    settings,
    signal,
    sequential: options.sequential ?? false,
    stepWrites: new Map(),
    budgetRefusal: null,
  };
  try {
    // The agents start while the status is written; nothing is decided before it is.
    const running = markRunning(run, document.id);
    running.catch(() => undefined);
    const answers = answersOf(exec, questions);
    void events.emit("run-status", { status: "running", detail: answers.length ? "resumed with an answer" : null });

    await readingStage(exec);
    const first = await runFirstPhase(exec);
    if (!(await running)) return;
    const docType: DocTypeId = first.classification.ok ? first.classification.output.docType : "receipt";
    const validation = await runValidationPhase(exec, first, docType, answers);

    const failedAgents: AgentName[] = [];
    if (!validation.extraction.ok) failedAgents.push("extraction");
    if (!first.classification.ok) failedAgents.push("classification");
    if (!first.summarisation.ok) failedAgents.push("summarisation");
    const decision = decideRoute({
      docType,
      classificationConfidence: first.classification.ok ? first.classification.output.confidence : null,
      financialEvidence: financialEvidence(documentTypeSignals(exec.text)),
      handOffs: validation.extraction.ok ? (validation.extraction.output.handOffs ?? []).map((h) => `${h.from} → ${h.to}: ${h.reason}`) : [],
      budget: exec.budgetRefusal,
      fields: validation.result.fields,
      findings: validation.result.findings,
      injection: validation.result.injection,
      question: validation.result.question,
      failedAgents,
      settings: exec.settings,
      auditDraw: options.auditDraw ?? Math.random(),
    });

    const routingTarget = first.classification.ok ? first.classification.output.routingTarget : documentTypes[docType].routingTarget;
    const routingStepId = crypto.randomUUID();
    const persisted = await persistOutcome(exec, {
      decision,
      docType,
      routingTarget,
      fields: validation.result.fields,
      lineItems: validation.result.lineItems,
      question: decision.outcome === "waiting_for_answer" ? validation.result.question : null,
      validationStepId: validation.stepId,
      routingStepId,
    });
    if (!persisted.committed) return;
    const routing = { agent: "routing" as const, stepId: routingStepId, tier: "local" as const, escalationReason: null };
    void events.emit("agent-started", routing);
    void events.emit("agent-finished", { ...routing, status: "succeeded", durationMs: 0, confidence: decision.confidence, decision: decision.outcome, error: null, result: { outcome: decision.outcome } });
    if (persisted.questionId && validation.result.question) {
      const { prompt, options: choices, field } = validation.result.question;
      void events.emit("question", { questionId: persisted.questionId, prompt, options: choices, field });
    }
    void events.emit("decision", { ...decision, docType, routingTarget, reviewItemId: persisted.reviewItemId });
    await events.emit("run-status", { status: decision.outcome, detail: decision.reasons[0]?.detail ?? null });
  } catch (error) {
    if (signal.aborted) return;
    const unreadable = error instanceof UnreadableDocument;
    if (unreadable) log.info({ runId, reason: error.reason }, "document could not be read");
    else log.error({ err: error, runId }, "run failed");
    const code = unreadable ? error.reason : "run_failed";
    const message = unreadable ? error.message : describeError(error);
    const failed = await db.run.updateMany({
      where: { id: runId, status: { in: ["queued", "running"] } },
      data: { status: "failed", error: message, errorCode: code, finishedAt: new Date(), version: { increment: 1 } },
    });
    if (failed.count > 0) {
      await db.document.update({ where: { id: document.id }, data: { status: "failed" } });
      void events.emit("error", { code, message });
      await events.emit("run-status", { status: "failed", detail: message });
    }
  } finally {
    await Promise.allSettled(exec.stepWrites.values());
    await events.flush().catch(() => undefined);
  }
}

/**
 * Executes a run in the background and returns at once (the promise settles when it rests).
 * Idempotent: a run that another execution holds, or that is already at rest, is left alone.
 */
export function launchRun(runId: string, options: ExecuteOptions = {}, fresh?: FreshRun): Promise<void> {
  const controller = new AbortController();
  const done = (async () => {
    const lock = await acquireRunLock(runId, options.lockWaitMs ?? LOCK_WAIT_MS);
    if (!lock) return log.info({ runId }, "run is being executed elsewhere");
    const stopLease = keepLeased(lock, EXECUTOR_LEASE_MS, () => log.warn({ runId }, "run executor lease lost"));
    try {
      await executeRun(runId, controller.signal, options, fresh);
    } finally {
      stopLease();
      await lock.release();
    }
  })().catch((err: unknown) => log.error({ err, runId }, "run execution crashed"));
  trackExecution(runId, controller, done);
  return done;
}
