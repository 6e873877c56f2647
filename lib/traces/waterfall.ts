import type { AgentStep, ModelCall, Run } from "@/lib/generated/prisma/client";

// A run's timeline, pure: each agent step and each model call attempt placed by its offset from
// the run's start. A ModelCall is recorded when its attempt ends, so it started latencyMs earlier.

export interface WaterfallCall {
  id: string;
  provider: string;
  model: string;
  agent: string | null;
  attempt: number;
  startMs: number;
  durationMs: number;
  inputTokens: number;
  outputTokens: number;
  costMicros: number;
  cacheHit: boolean;
  streamed: boolean;
  breakerState: string | null;
  errorClass: string | null;
  errorMessage: string | null;
}

export interface WaterfallStep {
  id: string;
  agent: string;
  tier: string | null;
  status: AgentStep["status"];
  startMs: number;
  /** Until the step finished, or until now while it runs. */
  durationMs: number;
  finished: boolean;
  confidence: number | null;
  decision: string | null;
  escalationReason: string | null;
  error: string | null;
  input: unknown;
  output: unknown;
  calls: WaterfallCall[];
  costMicros: number;
}

export interface Waterfall {
  startedAt: string;
  totalMs: number;
  steps: WaterfallStep[];
  /** Calls not tied to a step (e.g. the step row was written after a failure). */
  otherCalls: WaterfallCall[];
  totals: { calls: number; retries: number; errors: number; cacheHits: number; inputTokens: number; outputTokens: number; costMicros: number };
}

type StepRow = Pick<AgentStep, "id" | "agent" | "tier" | "status" | "startedAt" | "finishedAt" | "createdAt" | "confidence" | "decision" | "escalationReason" | "error" | "input" | "output">;
type CallRow = Pick<
  ModelCall,
  "id" | "agentStepId" | "provider" | "model" | "agent" | "attempt" | "createdAt" | "latencyMs" | "inputTokens" | "outputTokens" | "costMicros" | "cacheHit" | "streamed" | "breakerState" | "errorClass" | "errorMessage"
>;

export function buildWaterfall(run: Pick<Run, "createdAt" | "startedAt" | "finishedAt">, steps: StepRow[], calls: CallRow[], now: Date): Waterfall {
  const callStart = (c: CallRow) => c.createdAt.getTime() - c.latencyMs;
  const stepStart = (s: StepRow) => (s.startedAt ?? s.createdAt).getTime();
  const t0 = Math.min((run.startedAt ?? run.createdAt).getTime(), ...steps.map(stepStart), ...calls.map(callStart));
  const end = Math.max(
    (run.finishedAt ?? now).getTime(),
    ...steps.map((s) => (s.finishedAt ?? now).getTime()),
    ...calls.map((c) => c.createdAt.getTime()),
  );

  const toCall = (c: CallRow): WaterfallCall => ({
    id: c.id,
    provider: c.provider,
    model: c.model,
    agent: c.agent,
    attempt: c.attempt,
    startMs: callStart(c) - t0,
    durationMs: c.latencyMs,
    inputTokens: c.inputTokens,
    outputTokens: c.outputTokens,
    costMicros: c.costMicros,
    cacheHit: c.cacheHit,
    streamed: c.streamed,
    breakerState: c.breakerState,
    errorClass: c.errorClass,
    errorMessage: c.errorMessage,
  });
  const ordered = [...calls].sort((a, b) => callStart(a) - callStart(b));
  const stepIds = new Set(steps.map((s) => s.id));

  const waterfallSteps = [...steps]
    .sort((a, b) => stepStart(a) - stepStart(b))
    .map((s): WaterfallStep => {
      const own = ordered.filter((c) => c.agentStepId === s.id).map(toCall);
      return {
        id: s.id,
        agent: s.agent,
        tier: s.tier,
        status: s.status,
        startMs: stepStart(s) - t0,
        durationMs: (s.finishedAt ?? now).getTime() - stepStart(s),
        finished: s.finishedAt !== null,
        confidence: s.confidence,
        decision: s.decision,
        escalationReason: s.escalationReason,
        error: s.error,
        input: s.input,
        output: s.output,
        calls: own,
        costMicros: own.reduce((a, c) => a + c.costMicros, 0),
      };
    });

  return {
    startedAt: new Date(t0).toISOString(),
    totalMs: Math.max(0, end - t0),
    steps: waterfallSteps,
    otherCalls: ordered.filter((c) => !c.agentStepId || !stepIds.has(c.agentStepId)).map(toCall),
    totals: {
      calls: calls.length,
      retries: calls.filter((c) => c.attempt > 1).length,
      errors: calls.filter((c) => c.errorClass).length,
      cacheHits: calls.filter((c) => c.cacheHit).length,
      inputTokens: calls.reduce((a, c) => a + c.inputTokens, 0),
      outputTokens: calls.reduce((a, c) => a + c.outputTokens, 0),
      costMicros: calls.reduce((a, c) => a + c.costMicros, 0),
    },
  };
}
