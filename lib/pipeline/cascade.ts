import "server-only";
import type { LanguageModel } from "ai";
import type { z } from "zod";
import { db } from "@/lib/db";
import { configuredTargets, modelFor } from "@/lib/gateway/agent-model";
import type { AgentName } from "@/lib/gateway/call-context";
import { describeError, finishStep, startStep, writeStep, type Tier } from "@/lib/pipeline/agent-steps";
import { budgetRefusal } from "@/lib/pipeline/approval-gates";
import { callContext, settledStep, type RunExecution } from "@/lib/pipeline/run-execution";

// The local → LLM cascade for one agent. The agent's configured model answers first; when that is
// the local engine and its answer falls short (or it fails) and an LLM is configured, the LLM
// answers too, as a second AgentStep that records why. A resumed run reuses a settled answer.

export interface AgentSpec<T> {
  agent: AgentName;
  /** Parses a settled step's stored output when a run resumes. */
  schema: z.ZodType<T>;
  input: Record<string, unknown>;
  call(model: LanguageModel, tier: Tier, signal: AbortSignal): Promise<T>;
  confidence(output: T): number | null;
  decision(output: T): string | null;
  result?(output: T): Record<string, unknown>;
  /** Why a local answer is not good enough; null keeps it. */
  shortfall(output: T): Promise<string | null> | string | null;
}

export type AgentResult<T> = { ok: true; output: T; tier: Tier; stepId: string; reused: boolean } | { ok: false; error: string };

export function agentTiers(agent: AgentName): { primary: Tier; canEscalate: boolean } {
  const targets = configuredTargets().filter((t) => t.agent === agent);
  const primary: Tier = targets.find((t) => t.role === "primary")?.target.provider === "openai" ? "llm" : "local";
  return { primary, canEscalate: primary === "local" && targets.some((t) => t.role === "escalation") };
}

/** One attempt on one tier, recorded as its own step. */
export async function runTier<T>(exec: RunExecution, spec: AgentSpec<T>, tier: Tier, escalationReason: string | null = null): Promise<AgentResult<T>> {
  const step = startStep(exec, spec.agent, tier, { ...spec.input, tier }, escalationReason);
  try {
    const output = await spec.call(modelFor(callContext(exec, spec.agent, step.id, tier)), tier, exec.signal);
    finishStep(exec, step, { status: "succeeded", output, confidence: spec.confidence(output), decision: spec.decision(output), result: spec.result?.(output) ?? null });
    return { ok: true, output, tier, stepId: step.id, reused: false };
  } catch (error) {
    if (exec.signal.aborted) throw error;
    const message = describeError(error);
    exec.budgetRefusal ??= budgetRefusal(error, `${spec.agent} ${escalationReason ? "escalation" : "call"}`);
    finishStep(exec, step, { status: "failed", error: message });
    return { ok: false, error: message };
  }
}

/** The local answer steps aside for the LLM's; if the LLM fails, it is restored. */
function supersede(exec: RunExecution, stepId: string, reason: string): void {
  writeStep(exec, stepId, () => db.agentStep.update({ where: { id: stepId }, data: { decision: "escalated", escalationReason: reason } }));
}

function restore(exec: RunExecution, stepId: string, decision: string | null, reason: string): void {
  writeStep(exec, stepId, () => db.agentStep.update({ where: { id: stepId }, data: { decision, escalationReason: `${reason} (escalation failed; local answer kept)` } }));
}

/**
 * Escalates a kept local answer to the LLM (used after validation too). Returns the LLM's answer,
 * or the local one when the LLM fails.
 */
export async function escalate<T>(exec: RunExecution, spec: AgentSpec<T>, local: AgentResult<T> & { ok: true }, reason: string): Promise<AgentResult<T>> {
  // A budget that refused one call refuses the next: the run goes to review with what it has.
  if (exec.budgetRefusal) return local;
  supersede(exec, local.stepId, reason);
  const llm = await runTier(exec, spec, "llm", reason);
  if (llm.ok) return llm;
  restore(exec, local.stepId, spec.decision(local.output), reason);
  return local;
}

export async function runCascade<T>(exec: RunExecution, spec: AgentSpec<T>, hooks: { onFirstAnswer?(output: T | null): void } = {}): Promise<AgentResult<T>> {
  const settled = settledStep(exec, spec.agent);
  if (settled) {
    const output = spec.schema.parse(settled.output);
    hooks.onFirstAnswer?.(output);
    return { ok: true, output, tier: settled.tier === "llm" ? "llm" : "local", stepId: settled.id, reused: true };
  }
  const { primary, canEscalate } = agentTiers(spec.agent);
  const first = await runTier(exec, spec, primary);
  hooks.onFirstAnswer?.(first.ok ? first.output : null);
  if (!canEscalate) return first;
  if (!first.ok) return exec.budgetRefusal ? first : runTier(exec, spec, "llm", `local_failed: ${first.error}`);
  const reason = await spec.shortfall(first.output);
  return reason === null ? first : escalate(exec, spec, first, reason);
}
