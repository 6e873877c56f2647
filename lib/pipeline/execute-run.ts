import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { describeError, recordInstantStep } from "@/lib/pipeline/agent-steps";
import { pipelineSettings } from "@/lib/pipeline/load-settings";
import { persistOutcome } from "@/lib/pipeline/persist-outcome";
import { decideRoute } from "@/lib/pipeline/routing";
import { runFirstPhase } from "@/lib/pipeline/run-agents";
import type { RunExecution } from "@/lib/pipeline/run-execution";
import { trackExecution } from "@/lib/pipeline/run-registry";
import { answersOf, runValidationPhase } from "@/lib/pipeline/run-validation";
import { getStore } from "@/lib/store/get-store";
import type { Lock } from "@/lib/store/store";
import { RunEventWriter } from "@/lib/streams/run-event-log";
import { documentTypes, type DocTypeId } from "@/lib/schemas/document-types";
import type { AgentName } from "@/lib/gateway/call-context";

// One execution of a run: from queued (new, or resumed after an answer) to a state at rest.
// It runs in the server process, detached from any HTTP request, under a lock so that only one
// instance executes a run at a time.

const LOCK_TTL_MS = 10 * 60_000;
const LOCK_WAIT_MS = 15_000;

async function acquireRunLock(runId: string): Promise<Lock | null> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    const lock = await getStore().acquireLock(`run:${runId}:executor`, LOCK_TTL_MS);
    // The previous execution may be releasing it (an answer arriving right after the question).
    if (lock || Date.now() > deadline) return lock;
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface ExecuteOptions {
  /** The three independent agents one after another: the benchmark's baseline. */
  sequential?: boolean;
  /** Uniform draw for audit sampling (tests pin it). */
  auditDraw?: number;
}

async function execute(runId: string, signal: AbortSignal, options: ExecuteOptions): Promise<void> {
  const run = await db.run.findUnique({ where: { id: runId }, include: { document: true, steps: { orderBy: { createdAt: "asc" } }, questions: true } });
  if (!run || (run.status !== "queued" && run.status !== "running")) return;
  const { document, steps, questions, ...runRow } = run;
  const events = await RunEventWriter.open(runId);
  const exec: RunExecution = {
    run: runRow,
    document,
    text: document.text ?? "",
    previousSteps: steps,
    events,
    settings: await pipelineSettings(),
    signal,
    sequential: options.sequential ?? false,
  };
  try {
    await Promise.all([
      db.run.update({ where: { id: runId }, data: { status: "running", startedAt: run.startedAt ?? new Date(), version: { increment: 1 } } }),
      db.document.update({ where: { id: document.id }, data: { status: "processing" } }),
    ]);
    const answers = answersOf(exec, questions);
    void events.emit("run-status", { status: "running", detail: answers.length ? "resumed with an answer" : null });

    const first = await runFirstPhase(exec);
    const docType: DocTypeId = first.classification.ok ? first.classification.output.docType : "receipt";
    const validation = await runValidationPhase(exec, first, docType, answers);

    const failedAgents: AgentName[] = [];
    if (!validation.extraction.ok) failedAgents.push("extraction");
    if (!first.classification.ok) failedAgents.push("classification");
    if (!first.summarisation.ok) failedAgents.push("summarisation");
    const decision = decideRoute({
      docType,
      classificationConfidence: first.classification.ok ? first.classification.output.confidence : null,
      fields: validation.result.fields,
      findings: validation.result.findings,
      injection: validation.result.injection,
      question: validation.result.question,
      failedAgents,
      settings: exec.settings,
      auditDraw: options.auditDraw ?? Math.random(),
    });
    await recordInstantStep(exec, "routing", "local", { docType }, { status: "succeeded", output: decision, confidence: decision.confidence, decision: decision.outcome, result: { outcome: decision.outcome } });

    const routingTarget = first.classification.ok ? first.classification.output.routingTarget : documentTypes[docType].routingTarget;
    const persisted = await persistOutcome(exec, {
      decision,
      docType,
      routingTarget,
      fields: validation.result.fields,
      lineItems: validation.result.lineItems,
      question: decision.outcome === "waiting_for_answer" ? validation.result.question : null,
      validationStepId: validation.stepId,
    });
    if (!persisted.committed) return;
    if (persisted.questionId && validation.result.question) {
      const { prompt, options: choices, field } = validation.result.question;
      void events.emit("question", { questionId: persisted.questionId, prompt, options: choices, field });
    }
    void events.emit("decision", { ...decision, docType, routingTarget, reviewItemId: persisted.reviewItemId });
    await events.emit("run-status", { status: decision.outcome, detail: decision.reasons[0]?.detail ?? null });
  } catch (error) {
    if (signal.aborted) return;
    log.error({ err: error, runId }, "run failed");
    const message = describeError(error);
    const failed = await db.run.updateMany({ where: { id: runId, status: "running" }, data: { status: "failed", error: message, finishedAt: new Date(), version: { increment: 1 } } });
    if (failed.count > 0) {
      await db.document.update({ where: { id: document.id }, data: { status: "failed" } });
      void events.emit("error", { code: "run_failed", message });
      await events.emit("run-status", { status: "failed", detail: message });
    }
  } finally {
    await events.flush().catch(() => undefined);
  }
}

/**
 * Executes a run in the background and returns at once. Idempotent: a run that another
 * execution holds, or that is already at rest, is left alone.
 */
export function launchRun(runId: string, options: ExecuteOptions = {}): Promise<void> {
  const controller = new AbortController();
  const done = (async () => {
    const lock = await acquireRunLock(runId);
    if (!lock) return log.warn({ runId }, "run is locked by another execution");
    try {
      await execute(runId, controller.signal, options);
    } finally {
      await lock.release();
    }
  })().catch((err: unknown) => log.error({ err, runId }, "run execution crashed"));
  trackExecution(runId, controller, done);
  return done;
}
