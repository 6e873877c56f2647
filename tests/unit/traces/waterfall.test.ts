import { describe, expect, it } from "vitest";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { buildWaterfall } from "@/lib/traces/waterfall";
import { runSpans, traceIdOf } from "@/lib/traces/otel-spans";
import { runFiltersSchema } from "@/lib/traces/run-filters";

const t = (ms: number) => new Date(Date.UTC(2026, 2, 1) + ms);
const step = { id: "s1", agent: "extraction", tier: "llm", status: "running" as const, startedAt: t(100), finishedAt: null, createdAt: t(100), confidence: null, decision: null, escalationReason: null, error: null, input: {}, output: null };
const call = {
  id: "c1", agentStepId: "s1", provider: "openai", model: "gpt-4.1-mini", agent: "extraction", attempt: 1, createdAt: t(900), latencyMs: 700,
  inputTokens: 10, outputTokens: 2, costMicros: 5, cacheHit: false, streamed: false, breakerState: "closed", errorClass: null, errorMessage: null,
};

describe("waterfall", () => {
  it("runs a still-running step up to now and starts calls latencyMs before they were recorded", () => {
    const w = buildWaterfall({ createdAt: t(0), startedAt: t(50), finishedAt: null }, [step], [call], t(2_050));
    expect(w.totalMs).toBe(2_000);
    expect(w.steps[0]).toMatchObject({ startMs: 50, durationMs: 1_950, finished: false });
    expect(w.steps[0]!.calls[0]).toMatchObject({ startMs: 150, durationMs: 700 });
    expect(w.otherCalls).toEqual([]);
  });

  it("keeps calls whose step is unknown apart", () => {
    const w = buildWaterfall({ createdAt: t(0), startedAt: t(0), finishedAt: t(1_000) }, [], [{ ...call, agentStepId: null }], t(5_000));
    expect(w.otherCalls.map((c) => c.id)).toEqual(["c1"]);
  });
});

describe("OpenTelemetry spans", () => {
  it("derives the same ids from the same records, so a re-export is the same trace", () => {
    const run = { id: "r1", documentId: "d1", tenantId: "t1", status: "approved" as const, docType: "invoice", decision: "auto_approved", confidence: 0.9, spentMicros: 5, error: null, createdAt: t(0), startedAt: t(0), finishedAt: t(1_000) };
    const resource = resourceFromAttributes({ "service.name": "sieve" });
    const a = runSpans(run, [{ ...step, status: "succeeded", finishedAt: t(950) }], [call], resource, { name: "x" });
    const b = runSpans(run, [{ ...step, status: "succeeded", finishedAt: t(950) }], [call], resource, { name: "x" });
    expect(a.map((s) => s.spanContext())).toEqual(b.map((s) => s.spanContext()));
    expect(a[0]!.spanContext().traceId).toBe(traceIdOf("r1"));
    expect(a[2]!.parentSpanContext?.spanId).toBe(a[1]!.spanContext().spanId);
    expect(a[2]!.startTime).toEqual([Math.floor(t(200).getTime() / 1000), 200_000_000]);
  });
});

describe("run filters", () => {
  it("treats empty form fields as absent and converts dollars and seconds", () => {
    expect(runFiltersSchema.parse({ status: ["", "failed"], type: "", minCost: "0.25", maxDuration: "1.5", q: "  INV-1 " })).toMatchObject({
      status: ["failed"], type: undefined, minCost: 250_000, maxDuration: 1_500, q: "INV-1", limit: 50,
    });
    expect(() => runFiltersSchema.parse({ status: "bogus" })).toThrow();
  });
});
