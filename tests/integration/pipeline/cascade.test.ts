import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { forgetPipelineSettings } from "@/lib/pipeline/load-settings";
import { drainExecutions } from "@/lib/pipeline/run-registry";
import { submitDocument } from "@/lib/pipeline/start-run";
import type { ScriptedAnswer, SimRequest } from "../../simulator/script";
import { createTenantWithUsers } from "../../support/factories";
import { runAtRest } from "./pipeline-support";

// Agents on the local engine (the default) with an LLM configured for escalation: the cascade.
// The escalation model is the simulator; its answers are keyed by the structured output's name.

const sim = await vi.hoisted(async () => {
  const { startSimulator } = await import("../../simulator/server");
  const simulator = await startSimulator({ defaults: { ttftMs: 20 } });
  Object.assign(process.env, { OPENAI_BASE_URL: simulator.baseURL, OPENAI_API_KEY: "test", SIEVE_ESCALATION_MODEL: "openai:sim-escalation" });
  return simulator;
});

const RECEIPTS = path.resolve("../shared/data/receipts");
const receipt = async (id: string) => JSON.parse(await readFile(path.join(RECEIPTS, `${id}.json`), "utf8")) as { text: string; fields: Record<string, string> };
const outputName = (req: SimRequest) => ((req.body.response_format as { json_schema?: { name?: string } } | undefined)?.json_schema?.name ?? "") as string;

let answers: Record<string, ScriptedAnswer> = {};
sim.setScript((req) => answers[outputName(req)] ?? { fault: { kind: "http", status: 400 } });

let tenantId: string;
beforeAll(async () => {
  tenantId = (await createTenantWithUsers("cascade")).tenant.id;
});
afterAll(async () => {
  await drainExecutions(10_000);
  await sim.close();
});

async function runOn(text: string) {
  const { run } = await submitDocument({ kind: "system", tenantId }, { bytes: Buffer.from(text), filename: "receipt.txt" });
  return db.run.findUniqueOrThrow({ where: { id: (await runAtRest(run.id)).id }, include: { steps: { orderBy: { createdAt: "asc" } }, fieldValues: true } });
}

describe("the local → LLM cascade", () => {
  it("keeps a confident local answer and never calls the LLM", async () => {
    const before = sim.stats().total;
    const run = await runOn((await receipt("sroie-081")).text);
    expect(sim.stats().total).toBe(before);
    expect(run.steps.filter((s) => s.agent === "extraction")).toEqual([expect.objectContaining({ tier: "local", escalationReason: null, status: "succeeded" })]);
  });

  it("escalates a weak local extraction to the LLM and records which tier answered and why", async () => {
    const doc = await receipt("sroie-041");
    const at = (value: string) => ({ start: doc.text.indexOf(value), end: doc.text.indexOf(value) + value.length });
    const company = doc.fields.company!;
    answers = {
      extraction: {
        json: {
          fields: [
            { name: "company", value: company, confidence: 0.99, source: doc.text.includes(company) ? at(company) : null },
            { name: "date", value: doc.fields.date, confidence: 0.99, source: null },
            { name: "total", value: doc.fields.total, confidence: 0.99, source: null },
          ],
        },
      },
    };
    const run = await runOn(doc.text);
    const extraction = run.steps.filter((s) => s.agent === "extraction");
    expect(extraction).toEqual([
      expect.objectContaining({ tier: "local", decision: "escalated", escalationReason: expect.stringMatching(/^low_confidence: joint/) }),
      expect.objectContaining({ tier: "llm", status: "succeeded", escalationReason: expect.stringMatching(/^low_confidence: joint/) }),
    ]);
    const calls = await vi.waitFor(async () => {
      const rows = await db.modelCall.findMany({ where: { agentStepId: extraction[1]!.id } });
      expect(rows).toHaveLength(1);
      return rows;
    });
    expect(calls[0]).toMatchObject({ provider: "openai", model: "sim-escalation", agent: "extraction" });
    expect(run.fieldValues.find((f) => f.name === "total")!.value).toBe(Number(doc.fields.total).toFixed(2));
  });

  it("escalates extraction again after validation when the local answer breaks the rules", async () => {
    // Confidence alone never escalates here, so only validation can.
    await db.setting.upsert({ where: { key: "pipeline.escalationThresholds" }, create: { key: "pipeline.escalationThresholds", value: { extraction: 0 } }, update: { value: { extraction: 0 } } });
    forgetPipelineSettings();
    const text = await readFile(path.resolve("tests/fixtures/documents/bad-sums.txt"), "utf8");
    answers = {
      extraction: {
        json: {
          fields: [
            { name: "company", value: "NORTHWIND OFFICE SUPPLIES SDN BHD", confidence: 0.99, source: null },
            { name: "date", value: "2024-04-02", confidence: 0.99, source: null },
            { name: "invoice_number", value: "INV-2024-0077", confidence: 0.99, source: null },
            { name: "subtotal", value: "303.00", confidence: 0.99, source: null },
            { name: "tax", value: "18.18", confidence: 0.99, source: null },
            { name: "total", value: "351.18", confidence: 0.99, source: null },
          ],
        },
      },
    };
    try {
      const run = await runOn(text);
      const extraction = run.steps.filter((s) => s.agent === "extraction");
      expect(extraction.map((s) => [s.tier, s.decision, s.escalationReason])).toEqual([
        ["local", "escalated", "validation_failed: total_equals_subtotal_plus_tax"],
        ["llm", "6 fields", "validation_failed: total_equals_subtotal_plus_tax"],
      ]);
      expect(run.steps.filter((s) => s.agent === "validation")).toHaveLength(2);
      // The document really does not add up: a human looks at it.
      expect(run.status).toBe("needs_review");
      expect((await db.reviewItem.findFirstOrThrow({ where: { runId: run.id } })).reason).toBe("validation_failed");
    } finally {
      await db.setting.delete({ where: { key: "pipeline.escalationThresholds" } });
      forgetPipelineSettings();
    }
  });

  it("keeps the local answer when the LLM it escalated to fails", async () => {
    answers = {};
    sim.openFaultWindow({ fault: { kind: "http", status: 500 }, durationMs: 10_000, rate: 1 });
    try {
      const run = await runOn((await receipt("sroie-065")).text);
      const extraction = run.steps.filter((s) => s.agent === "extraction");
      expect(extraction[0]).toMatchObject({ tier: "local", decision: expect.stringMatching(/fields$/), escalationReason: expect.stringMatching(/escalation failed; local answer kept/) });
      expect(extraction[1]).toMatchObject({ tier: "llm", status: "failed" });
      expect(["approved", "needs_review"]).toContain(run.status);
      expect(run.fieldValues.length).toBeGreaterThan(0);
    } finally {
      sim.clearFaults();
    }
  });
});
