import "server-only";
import crypto from "node:crypto";
import { AppError } from "@/lib/core/errors";
import type { AgentStepName, RunExecution } from "@/lib/pipeline/run-execution";
import { finishStepRow, insertStepRow } from "@/lib/pipeline/step-rows";

// Every agent's work is an AgentStep row (the trace the console shows, and what a resumed run
// reuses), mirrored on the run's stream as agent-started / agent-finished events. The rows are
// written off the critical path, batched with other runs' (step-rows.ts): each step's writes are
// chained in order, and the execution waits for all of them (settleStepWrites) before it records
// its decision.

export type Tier = "local" | "llm";

export interface StepHandle {
  id: string;
  agent: AgentStepName;
  tier: Tier;
  startedAt: Date;
  escalationReason: string | null;
}

export interface StepOutcome {
  status: "succeeded" | "failed" | "skipped";
  output?: unknown;
  confidence?: number | null;
  decision?: string | null;
  escalationReason?: string | null;
  error?: string | null;
  /** Small view of the output for the stream. */
  result?: Record<string, unknown> | null;
}

/** Queues a write to one step's row after the writes already queued for it. */
export function writeStep(exec: RunExecution, stepId: string, write: () => Promise<unknown>): void {
  const next = (exec.stepWrites.get(stepId) ?? Promise.resolve()).then(write);
  next.catch(() => undefined);
  exec.stepWrites.set(stepId, next);
}

/** Every queued step write, done (rethrows the first failure: a lost trace is a failed run). */
export async function settleStepWrites(exec: RunExecution): Promise<void> {
  await Promise.all(exec.stepWrites.values());
}

export function startStep(exec: RunExecution, agent: AgentStepName, tier: Tier, input: Record<string, unknown>, escalationReason: string | null = null): StepHandle {
  const startedAt = new Date();
  // The id is chosen here so the model call can start without waiting for the insert; the
  // gateway's ModelCall rows reference it and are written later, in batches.
  const id = crypto.randomUUID();
  writeStep(exec, id, () => insertStepRow({ id, runId: exec.run.id, agent, tier, status: "running", input, startedAt, escalationReason }));
  void exec.events.emit("agent-started", { agent, stepId: id, tier, escalationReason });
  return { id, agent, tier, startedAt, escalationReason };
}

export function finishStep(exec: RunExecution, step: StepHandle, outcome: StepOutcome): void {
  const finishedAt = new Date();
  const durationMs = finishedAt.getTime() - step.startedAt.getTime();
  const escalationReason = outcome.escalationReason ?? step.escalationReason;
  writeStep(exec, step.id, () =>
    finishStepRow({
      id: step.id,
      status: outcome.status,
      output: outcome.output,
      confidence: outcome.confidence ?? null,
      decision: outcome.decision ?? null,
      escalationReason,
      error: outcome.error ?? null,
      finishedAt,
      durationMs,
    }),
  );
  void exec.events.emit("agent-finished", {
    agent: step.agent,
    stepId: step.id,
    tier: step.tier,
    status: outcome.status,
    durationMs,
    confidence: outcome.confidence ?? null,
    decision: outcome.decision ?? null,
    escalationReason,
    error: outcome.error ?? null,
    result: outcome.result ?? null,
  });
}

/** A short, safe description of an agent failure for the trace and the stream. */
export function describeError(error: unknown): string {
  if (error instanceof AppError) return `${error.code}: ${error.message}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
