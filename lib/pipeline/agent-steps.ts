import "server-only";
import crypto from "node:crypto";
import { AppError } from "@/lib/api/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { AgentStepName, RunExecution } from "@/lib/pipeline/run-execution";

// Every agent's work is an AgentStep row (the trace the console shows, and what a resumed run
// reuses), mirrored on the run's stream as agent-started / agent-finished events.

export type Tier = "local" | "llm";

export interface StepHandle {
  id: string;
  /** The row's insert, awaited before the step's outcome is written. */
  created: Promise<unknown>;
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

export async function startStep(
  exec: RunExecution,
  agent: AgentStepName,
  tier: Tier,
  input: Record<string, unknown>,
  escalationReason: string | null = null,
): Promise<StepHandle> {
  const startedAt = new Date();
  // The id is chosen here so the model call can start without waiting for the insert; the
  // gateway's ModelCall rows reference it and are written later, in batches.
  const id = crypto.randomUUID();
  const created = db.agentStep.create({
    data: { id, runId: exec.run.id, agent, tier, status: "running", input: input as Prisma.InputJsonValue, startedAt, escalationReason },
    select: { id: true },
  });
  created.catch(() => undefined);
  void exec.events.emit("agent-started", { agent, stepId: id, tier, escalationReason });
  return { id, created, agent, tier, startedAt, escalationReason };
}

export async function finishStep(exec: RunExecution, step: StepHandle, outcome: StepOutcome): Promise<void> {
  const finishedAt = new Date();
  const durationMs = finishedAt.getTime() - step.startedAt.getTime();
  const escalationReason = outcome.escalationReason ?? step.escalationReason;
  await step.created;
  await db.agentStep.update({
    where: { id: step.id },
    data: {
      status: outcome.status,
      output: outcome.output === undefined ? undefined : (outcome.output as Prisma.InputJsonValue),
      confidence: outcome.confidence ?? null,
      decision: outcome.decision ?? null,
      escalationReason,
      error: outcome.error ?? null,
      finishedAt,
      durationMs,
    },
  });
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

/** A step with nothing to wait for (routing): written once, with its outcome. */
export async function recordInstantStep(exec: RunExecution, agent: AgentStepName, tier: Tier, input: Record<string, unknown>, outcome: StepOutcome & { status: "succeeded" }): Promise<void> {
  const at = new Date();
  const id = crypto.randomUUID();
  await db.agentStep.create({
    data: {
      id,
      runId: exec.run.id,
      agent,
      tier,
      status: outcome.status,
      input: input as Prisma.InputJsonValue,
      output: outcome.output as Prisma.InputJsonValue,
      confidence: outcome.confidence ?? null,
      decision: outcome.decision ?? null,
      startedAt: at,
      finishedAt: at,
      durationMs: 0,
    },
  });
  void exec.events.emit("agent-started", { agent, stepId: id, tier, escalationReason: null });
  void exec.events.emit("agent-finished", { agent, stepId: id, tier, status: outcome.status, durationMs: 0, confidence: outcome.confidence ?? null, decision: outcome.decision ?? null, escalationReason: null, error: null, result: outcome.result ?? null });
}
