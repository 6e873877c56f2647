import type { AgentStep, Document, Run } from "@/lib/generated/prisma/client";
import type { CallContext } from "@/lib/gateway/call-context";
import type { Reading } from "@/lib/ingest/reading-schema";
import type { BudgetState } from "@/lib/pipeline/approval-gates";
import type { PipelineSettings } from "@/lib/pipeline/pipeline-settings";
import type { RunEventWriter } from "@/lib/streams/run-event-log";

// What one execution of a run carries through its phases.

export interface RunExecution {
  run: Run;
  document: Document;
  /** What the agents read: set by the reading stage (reading-stage.ts). */
  text: string;
  /** Words with page, box and OCR confidence; null for documents stored before readings were kept. */
  reading: Reading | null;
  /** Steps recorded by earlier executions of this run (a resumed run reuses their outputs). */
  previousSteps: AgentStep[];
  events: RunEventWriter;
  settings: PipelineSettings;
  /** Aborted when the run is cancelled. */
  signal: AbortSignal;
  /** Run the first three agents one after another (the benchmark's baseline), not in parallel. */
  sequential: boolean;
  /** Per AgentStep id, the chain of its pending row writes (see agent-steps.ts). */
  stepWrites: Map<string, Promise<unknown>>;
  /** Set when a budget refused a model call: the run stops escalating and goes to review. */
  budgetRefusal: BudgetState | null;
}

export function callContext(exec: RunExecution, agent: CallContext["agent"], agentStepId: string, tier: "local" | "llm"): CallContext {
  return {
    agent,
    runId: exec.run.id,
    agentStepId,
    tenantId: exec.run.tenantId,
    apiTokenId: exec.run.apiTokenId ?? undefined,
    budgetCapMicros: exec.run.budgetCapMicros,
    tier,
  };
}

export type AgentStepName = CallContext["agent"] | "reading" | "routing";

/** The output an earlier execution settled on for this agent, if any (escalated-from answers do not count). */
export function settledStep(exec: RunExecution, agent: AgentStepName): AgentStep | undefined {
  return exec.previousSteps.filter((s) => s.agent === agent && s.status === "succeeded" && s.decision !== "escalated").at(-1);
}
