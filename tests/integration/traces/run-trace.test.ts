import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadRunTrace } from "@/lib/traces/run-trace";
import { createTenantWithUsers } from "../../support/factories";
import { seedTracedRun } from "./trace-seed";

let tenantId: string;
let seeded: Awaited<ReturnType<typeof seedTracedRun>>;

beforeAll(async () => {
  tenantId = (await createTenantWithUsers("trace")).tenant.id;
  seeded = await seedTracedRun(db, { tenantId });
});

describe("run waterfall", () => {
  it("places every step and model call attempt on the run's timeline", async () => {
    const trace = await loadRunTrace(tenantId, seeded.run.id);
    const { waterfall } = trace;
    // The timeline starts when the run started (10 ms after it was created).
    expect(waterfall.totalMs).toBe(9_390);
    expect(waterfall.steps.map((s) => `${s.agent}/${s.tier}`)).toEqual([
      "classification/llm",
      "extraction/local",
      "summarisation/llm",
      "extraction/llm",
      "validation/local",
    ]);
    const escalated = waterfall.steps.find((s) => s.agent === "extraction" && s.tier === "llm")!;
    expect(escalated).toMatchObject({ startMs: 180, durationMs: 6_710, confidence: 0.95, escalationReason: "total confidence 0.41 below 0.80" });
    expect(escalated.calls.map((c) => [c.attempt, c.startMs, c.durationMs, c.errorClass])).toEqual([
      [1, 190, 1_000, "rate_limited"],
      [2, 3_270, 3_600, null],
    ]);
    expect(escalated.costMicros).toBe(2_312);
    expect(waterfall.steps.find((s) => s.agent === "summarisation")!.calls[0]).toMatchObject({ cacheHit: true, costMicros: 0, durationMs: 3 });
    expect(waterfall.totals).toEqual({ calls: 6, retries: 1, errors: 1, cacheHits: 1, inputTokens: 8_360, outputTokens: 1_033, costMicros: 6_986 });
    expect(trace.fields.find((f) => f.name === "total")).toMatchObject({ value: "1234.50", correctedValue: "1234.55" });
    expect(trace.questions[0]).toMatchObject({ answer: "1,234.50" });
  });

  it("says why the run was routed as it was, and reads reasons it cannot parse as none", async () => {
    const reasons = [{ reason: "low_confidence", detail: "Confidence 0.612 is below 0.9", fields: ["company"] }];
    await db.run.update({ where: { id: seeded.run.id }, data: { decisionReasons: reasons } });
    expect((await loadRunTrace(tenantId, seeded.run.id)).run.decisionReasons).toEqual(reasons);
    await db.run.update({ where: { id: seeded.run.id }, data: { decisionReasons: [{ reason: "not_a_reason" }] } });
    expect((await loadRunTrace(tenantId, seeded.run.id)).run.decisionReasons).toEqual([]);
    await db.run.update({ where: { id: seeded.run.id }, data: { decisionReasons: [] } });
  });

  it("is not visible to another tenant", async () => {
    const other = await createTenantWithUsers("trace-other");
    await expect(loadRunTrace(other.tenant.id, seeded.run.id)).rejects.toMatchObject({ code: "not_found" });
  });
});
