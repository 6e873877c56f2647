import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { forgetPipelineSettings } from "@/lib/pipeline/load-settings";
import { drainExecutions } from "@/lib/pipeline/run-registry";
import { submitDocument } from "@/lib/pipeline/start-run";
import type { ScriptedAnswer, SimRequest } from "../../simulator/script";
import { createTenantWithUsers } from "../../support/factories";
import { runAtRest } from "./pipeline-support";

// Invoices on the local engine with an LLM configured for escalation (the simulator): an invoice
// the local engine is unsure of goes to the LLM, the LLM's answer meets the same validation, and
// a run whose cap cannot pay for the escalation goes to review as budget_exhausted with what the
// local engine found.

const sim = await vi.hoisted(async () => {
  const { startSimulator } = await import("../../simulator/server");
  const simulator = await startSimulator({ defaults: { ttftMs: 20 } });
  Object.assign(process.env, { OPENAI_BASE_URL: simulator.baseURL, OPENAI_API_KEY: "test", SIEVE_ESCALATION_MODEL: "openai:sim-escalation" });
  return simulator;
});

const outputName = (req: SimRequest) => ((req.body.response_format as { json_schema?: { name?: string } } | undefined)?.json_schema?.name ?? "") as string;
let answers: Record<string, ScriptedAnswer> = {};
sim.setScript((req) => answers[outputName(req)] ?? { fault: { kind: "http", status: 400 } });

let tenantId: string;
beforeAll(async () => {
  tenantId = (await createTenantWithUsers("invoice-cascade")).tenant.id;
  // Escalate every local extraction that is not near-certain: this test is about what happens next.
  await db.setting.upsert({ where: { key: "pipeline.escalationThresholds" }, create: { key: "pipeline.escalationThresholds", value: { extraction: 0.999 } }, update: { value: { extraction: 0.999 } } });
  forgetPipelineSettings();
});
afterAll(async () => {
  await db.setting.deleteMany({ where: { key: "pipeline.escalationThresholds" } });
  forgetPipelineSettings();
  await drainExecutions(10_000);
  await sim.close();
});

function invoice(): string {
  return [
    "Muster Handels GmbH · Hauptstraße 5 · 10115 Berlin",
    "",
    "Beispiel Kunde AG                                      Rechnungsnummer:   RE-2024-117",
    "Kundenweg 9                                            Rechnungsdatum:    12. März 2024",
    "80331 München                                          Kundennummer:      44721",
    "",
    "Pos   Beschreibung                 Menge     Einzelpreis        Betrag",
    "1     Beratung                         10          120,00      1.200,00",
    "                                         Nettobetrag            1.200,00",
    "                                         zzgl. 19% MwSt.          228,00",
    "                                         Gesamtbetrag           1.428,00",
    "Zahlbar bis 26.03.2024 ohne Abzug.  IBAN DE89 3704 0044 0532 0130 00",
    `Vorgang ${crypto.randomUUID()}`,
  ].join("\n");
}

const field = (name: string, value: string | null, confidence = 0.99) => ({ name, value, confidence, source: null });

async function runOn(text: string, budgetCapMicros?: number) {
  const { run } = await submitDocument({ kind: "system", tenantId }, { bytes: Buffer.from(text), filename: "rechnung.txt" }, budgetCapMicros ? { budgetCapMicros } : {});
  return db.run.findUniqueOrThrow({ where: { id: (await runAtRest(run.id)).id }, include: { steps: { orderBy: { createdAt: "asc" } }, fieldValues: true, reviewItems: true } });
}

describe("invoices through the local → LLM cascade", () => {
  it("escalates an invoice the local engine is unsure of and validates the LLM's answer by the invoice rules", async () => {
    answers = {
      extraction: {
        json: {
          docType: "invoice",
          fields: [
            field("vendor", "Muster Handels GmbH"),
            field("invoice_number", "RE-2024-117"),
            field("date", "2024-03-12"),
            // The LLM gets the due date wrong: before the issue date, which the rules refuse.
            field("due_date", "2024-02-26"),
            field("subtotal", "1200.00"),
            field("tax", "228.00"),
            field("total", "1428.00"),
            field("iban", "DE89370400440532013000"),
          ],
        },
      },
    };
    const run = await runOn(invoice());
    const extraction = run.steps.filter((s) => s.agent === "extraction");
    expect(extraction.map((s) => [s.tier, s.decision === "escalated"])).toEqual([
      ["local", true],
      ["llm", false],
    ]);
    expect(run.docType).toBe("invoice");
    expect(run.status).toBe("needs_review");
    const validation = run.steps.find((s) => s.agent === "validation")!;
    expect(JSON.stringify(validation.output)).toContain("due_date_after_issue_date");
    expect(run.fieldValues.find((f) => f.name === "invoice_number")?.value).toBe("RE-2024-117");
  });

  it("sends a run whose cap cannot pay for the escalation to review as budget_exhausted, with the local answers and the cost spent", async () => {
    answers = { extraction: { json: { docType: "invoice", fields: [field("total", "1428.00")] } } };
    const before = sim.stats().total;
    const run = await runOn(invoice(), 1);
    expect(sim.stats().total).toBe(before);
    expect(run.status).toBe("needs_review");
    expect(run.reviewItems.map((r) => r.reason)).toEqual(["budget_exhausted"]);
    expect(JSON.stringify(run.reviewItems[0]!.reasons)).toMatch(/spent 0 of 1 micro-dollars/);
    // What the local engine found is kept for the reviewer.
    expect(run.fieldValues.find((f) => f.name === "invoice_number")?.value).toBe("RE-2024-117");
    expect(run.fieldValues.find((f) => f.name === "total")?.value).toBe("1428.00");
  });
});
