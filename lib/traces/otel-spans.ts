import crypto from "node:crypto";
import { SpanKind, SpanStatusCode, TraceFlags, type Attributes, type HrTime, type SpanContext } from "@opentelemetry/api";
import type { InstrumentationScope } from "@opentelemetry/core";
import type { Resource } from "@opentelemetry/resources";
import type { ReadableSpan } from "@opentelemetry/sdk-trace";
import {
  ATTR_GEN_AI_AGENT_ID,
  ATTR_GEN_AI_AGENT_NAME,
  ATTR_GEN_AI_OPERATION_NAME,
  ATTR_GEN_AI_PROVIDER_NAME,
  ATTR_GEN_AI_REQUEST_MODEL,
  ATTR_GEN_AI_REQUEST_STREAM,
  ATTR_GEN_AI_RESPONSE_MODEL,
  ATTR_GEN_AI_USAGE_INPUT_TOKENS,
  ATTR_GEN_AI_USAGE_OUTPUT_TOKENS,
  ATTR_GEN_AI_WORKFLOW_NAME,
} from "@opentelemetry/semantic-conventions/incubating";
import { ATTR_ERROR_TYPE } from "@opentelemetry/semantic-conventions";
import type { AgentStep, ModelCall, Run } from "@/lib/generated/prisma/client";

// A finished run as OpenTelemetry spans with the GenAI semantic conventions: the run is an
// invoke_workflow span, each agent step an invoke_agent span, each model call attempt a chat span.
// Spans are built after the fact from the records, with ids derived from them, so exporting the
// same run twice produces the same trace instead of a second one.

export type TraceRun = Pick<Run, "id" | "documentId" | "tenantId" | "status" | "docType" | "decision" | "confidence" | "spentMicros" | "error" | "createdAt" | "startedAt" | "finishedAt">;
export type TraceStep = Pick<AgentStep, "id" | "agent" | "tier" | "status" | "decision" | "confidence" | "escalationReason" | "error" | "createdAt" | "startedAt" | "finishedAt">;
export type TraceCall = Pick<
  ModelCall,
  "id" | "agentStepId" | "provider" | "model" | "agent" | "attempt" | "inputTokens" | "outputTokens" | "costMicros" | "latencyMs" | "cacheHit" | "streamed" | "breakerState" | "errorClass" | "errorMessage" | "createdAt"
>;

const hex = (seed: string, chars: number) => crypto.createHash("sha256").update(seed).digest("hex").slice(0, chars);
export const traceIdOf = (runId: string) => hex(`trace:${runId}`, 32);
const spanIdOf = (kind: string, id: string) => hex(`span:${kind}:${id}`, 16);

const hrTime = (ms: number): HrTime => [Math.floor(ms / 1000), Math.round((ms % 1000) * 1e6)];

/** Provider names as the conventions spell them; the local engine is ours. */
const providerName = (provider: string) => (provider === "openai" ? "openai" : `sieve.${provider}`);

function span(
  common: { resource: Resource; scope: InstrumentationScope; traceId: string },
  fields: { name: string; kind: SpanKind; spanId: string; parent?: string; startMs: number; endMs: number; attributes: Attributes; error?: string | null },
): ReadableSpan {
  const context: SpanContext = { traceId: common.traceId, spanId: fields.spanId, traceFlags: TraceFlags.SAMPLED };
  const endMs = Math.max(fields.startMs, fields.endMs);
  const attributes = Object.fromEntries(Object.entries(fields.attributes).filter(([, v]) => v !== null && v !== undefined));
  return {
    name: fields.name,
    kind: fields.kind,
    spanContext: () => context,
    parentSpanContext: fields.parent ? { traceId: common.traceId, spanId: fields.parent, traceFlags: TraceFlags.SAMPLED } : undefined,
    startTime: hrTime(fields.startMs),
    endTime: hrTime(endMs),
    duration: hrTime(endMs - fields.startMs),
    status: fields.error ? { code: SpanStatusCode.ERROR, message: fields.error } : { code: SpanStatusCode.OK },
    attributes,
    links: [],
    events: [],
    ended: true,
    resource: common.resource,
    instrumentationScope: common.scope,
    droppedAttributesCount: 0,
    droppedEventsCount: 0,
    droppedLinksCount: 0,
  };
}

export function runSpans(run: TraceRun, steps: TraceStep[], calls: TraceCall[], resource: Resource, scope: InstrumentationScope): ReadableSpan[] {
  const common = { resource, scope, traceId: traceIdOf(run.id) };
  const rootId = spanIdOf("run", run.id);
  const runStart = (run.startedAt ?? run.createdAt).getTime();
  const callStart = (c: TraceCall) => c.createdAt.getTime() - c.latencyMs;
  const runEnd = Math.max(run.finishedAt?.getTime() ?? runStart, ...calls.map((c) => c.createdAt.getTime()));
  const stepIds = new Set(steps.map((s) => s.id));

  const root = span(common, {
    name: "invoke_workflow sieve.document",
    kind: SpanKind.INTERNAL,
    spanId: rootId,
    startMs: Math.min(runStart, ...calls.map(callStart)),
    endMs: runEnd,
    error: run.status === "failed" ? (run.error ?? "run failed") : null,
    attributes: {
      [ATTR_GEN_AI_OPERATION_NAME]: "invoke_workflow",
      [ATTR_GEN_AI_WORKFLOW_NAME]: "sieve.document",
      "sieve.run.id": run.id,
      "sieve.document.id": run.documentId,
      "sieve.tenant.id": run.tenantId,
      "sieve.run.status": run.status,
      "sieve.run.doc_type": run.docType,
      "sieve.run.decision": run.decision,
      "sieve.run.confidence": run.confidence,
      "sieve.cost_micros": run.spentMicros,
    },
  });

  const stepSpans = steps.map((s) => {
    const start = (s.startedAt ?? s.createdAt).getTime();
    return span(common, {
      name: `invoke_agent ${s.agent}`,
      kind: SpanKind.INTERNAL,
      spanId: spanIdOf("step", s.id),
      parent: rootId,
      startMs: start,
      endMs: s.finishedAt?.getTime() ?? runEnd,
      error: s.status === "failed" ? (s.error ?? "agent failed") : null,
      attributes: {
        [ATTR_GEN_AI_OPERATION_NAME]: "invoke_agent",
        [ATTR_GEN_AI_AGENT_NAME]: s.agent,
        [ATTR_GEN_AI_AGENT_ID]: s.id,
        "sieve.step.tier": s.tier,
        "sieve.step.status": s.status,
        "sieve.step.decision": s.decision,
        "sieve.step.confidence": s.confidence,
        "sieve.step.escalation_reason": s.escalationReason,
      },
    });
  });

  const callSpans = calls.map((c) =>
    span(common, {
      name: `chat ${c.model}`,
      kind: SpanKind.CLIENT,
      spanId: spanIdOf("call", c.id),
      parent: c.agentStepId && stepIds.has(c.agentStepId) ? spanIdOf("step", c.agentStepId) : rootId,
      startMs: callStart(c),
      endMs: c.createdAt.getTime(),
      error: c.errorClass ? (c.errorMessage ?? c.errorClass) : null,
      attributes: {
        [ATTR_GEN_AI_OPERATION_NAME]: "chat",
        [ATTR_GEN_AI_PROVIDER_NAME]: providerName(c.provider),
        [ATTR_GEN_AI_REQUEST_MODEL]: c.model,
        [ATTR_GEN_AI_RESPONSE_MODEL]: c.errorClass ? null : c.model,
        [ATTR_GEN_AI_REQUEST_STREAM]: c.streamed,
        [ATTR_GEN_AI_USAGE_INPUT_TOKENS]: c.inputTokens,
        [ATTR_GEN_AI_USAGE_OUTPUT_TOKENS]: c.outputTokens,
        [ATTR_GEN_AI_AGENT_NAME]: c.agent,
        [ATTR_ERROR_TYPE]: c.errorClass,
        "sieve.cost_micros": c.costMicros,
        "sieve.cache_hit": c.cacheHit,
        "sieve.attempt": c.attempt,
        "sieve.breaker_state": c.breakerState,
      },
    }),
  );
  return [root, ...stepSpans, ...callSpans];
}
