import crypto from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// One fully traced run, as the pipeline and gateway would record it: classification, extraction
// (local answer escalated to the LLM after a rate-limited attempt), summarisation from the cache,
// and validation; field values and a clarifying question that was answered. With questionWaitMs,
// validation's question suspends the run that long before routing finishes it.

export async function seedTracedRun(db: PrismaClient, options: { tenantId: string; apiTokenId?: string | null; start?: Date; questionWaitMs?: number }) {
  const id = crypto.randomBytes(5).toString("hex");
  const t0 = options.start ?? new Date(Date.now() - 60_000);
  const at = (ms: number) => new Date(t0.getTime() + ms);
  const document = await db.document.create({
    data: {
      tenantId: options.tenantId,
      apiTokenId: options.apiTokenId ?? null,
      filename: `invoice-${id}.pdf`,
      mime: "application/pdf",
      size: 48_213,
      sha256: `trace-${id}`,
      bytes: Buffer.from("%PDF-1.7"),
      status: "approved",
      docType: "invoice",
      pageCount: 2,
      text: "ACME Sdn Bhd  Invoice INV-2026-0042  Total MYR 1,234.50",
    },
  });
  const run = await db.run.create({
    data: {
      documentId: document.id,
      tenantId: options.tenantId,
      apiTokenId: options.apiTokenId ?? null,
      status: "approved",
      docType: "invoice",
      routingTarget: "accounts_payable",
      decision: "auto_approved",
      decisionReasons: [],
      confidence: 0.94,
      budgetCapMicros: 250_000,
      spentMicros: 0,
      createdAt: t0,
      startedAt: at(10),
      finishedAt: at(9_400 + (options.questionWaitMs ?? 0)),
    },
  });
  const step = (agent: string, tier: string, from: number, to: number, extra: Record<string, unknown> = {}) =>
    db.agentStep.create({
      data: {
        runId: run.id,
        agent,
        tier,
        status: "succeeded",
        input: { documentId: document.id, chars: 58, tier },
        startedAt: at(from),
        finishedAt: at(to),
        createdAt: at(from),
        durationMs: to - from,
        ...extra,
      },
    });
  const classification = await step("classification", "llm", 20, 1_450, { output: { docType: "invoice", confidence: 0.97 }, confidence: 0.97, decision: "invoice" });
  const extractionLocal = await step("extraction", "local", 22, 180, {
    output: { fields: { total: { value: "1234.50", confidence: 0.41 } } },
    confidence: 0.41,
    decision: "escalated",
    escalationReason: "total confidence 0.41 below 0.80",
  });
  const extraction = await step("extraction", "llm", 190, 6_900, {
    output: { fields: { invoiceNumber: { value: "INV-2026-0042", confidence: 0.98 }, total: { value: "1234.50", confidence: 0.95 } } },
    confidence: 0.95,
    decision: "extracted",
    escalationReason: "total confidence 0.41 below 0.80",
  });
  const summarisation = await step("summarisation", "llm", 24, 40, { output: { summary: "Invoice from ACME for MYR 1,234.50" }, confidence: 0.9, decision: "summarised" });
  const validation = await step("validation", "local", 6_950, 9_300, { output: { findings: [] }, confidence: 0.94, decision: "auto_approve" });
  const call = (stepId: string, agent: string, model: string, endMs: number, latencyMs: number, extra: Record<string, unknown> = {}) => ({
    runId: run.id,
    agentStepId: stepId,
    tenantId: options.tenantId,
    apiTokenId: options.apiTokenId ?? null,
    agent,
    provider: model === "local" ? "local" : "openai",
    model,
    latencyMs,
    breakerState: "closed",
    createdAt: at(endMs),
    ...extra,
  });
  await db.modelCall.createMany({
    data: [
      call(classification.id, "classification", "gpt-4.1-nano", 1_440, 1_400, { inputTokens: 612, outputTokens: 31, costMicros: 74 }),
      call(extractionLocal.id, "extraction", "local", 170, 140, { inputTokens: 58, outputTokens: 40 }),
      call(extraction.id, "extraction", "gpt-4.1-mini", 1_200, 1_000, { attempt: 1, errorClass: "rate_limited", errorMessage: "429 Too Many Requests (retry-after 2s)" }),
      call(extraction.id, "extraction", "gpt-4.1-mini", 6_880, 3_600, { attempt: 2, inputTokens: 3_210, outputTokens: 642, costMicros: 2_312, streamed: true }),
      call(summarisation.id, "summarisation", "gpt-4o-mini", 35, 3, { inputTokens: 2_980, outputTokens: 120, cacheHit: true }),
      call(validation.id, "validation", "gpt-4.1", 9_280, 2_300, { inputTokens: 1_500, outputTokens: 200, costMicros: 4_600 }),
    ],
  });
  await db.run.update({ where: { id: run.id }, data: { spentMicros: 74 + 2_312 + 4_600 } });
  await db.fieldValue.createMany({
    data: [
      { runId: run.id, documentId: document.id, name: "invoiceNumber", value: "INV-2026-0042", confidence: 0.98, sourceStart: 14, sourceEnd: 27, flags: [] },
      { runId: run.id, documentId: document.id, name: "total", value: "1234.50", correctedValue: "1234.55", confidence: 0.95, sourceStart: 38, sourceEnd: 50, flags: ["corrected"] },
    ],
  });
  const wait = options.questionWaitMs;
  const [asked, answered] = wait === undefined ? [7_000, 8_000] : [9_300, 9_300 + wait];
  await db.question.create({
    data: { runId: run.id, agent: "validation", prompt: "Two totals found: 1,234.50 or 1,243.50?", answer: "1,234.50", answeredVia: "api", createdAt: at(asked), answeredAt: at(answered) },
  });
  if (wait !== undefined) await step("routing", "local", answered + 20, answered + 90, { output: { outcome: "approved" }, confidence: 0.94, decision: "approved" });
  return { run, document, steps: { classification, extractionLocal, extraction, summarisation, validation } };
}
