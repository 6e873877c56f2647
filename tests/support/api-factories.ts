import crypto from "node:crypto";
import { createApiToken } from "@/lib/auth/api-tokens";
import { type ApiScope } from "@/lib/core/actor";
import { signIn } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { DocumentStatus, RunStatus } from "@/lib/generated/prisma/enums";
import { createTenantWithUsers } from "./factories";

// Rows for API tests, written the way the pipeline leaves them, so read routes have data to show.

export async function tokenFor(tenantId: string, scopes: ApiScope[], name = "mobile app") {
  return (await createApiToken({ tenantId, name, scopes })).secret;
}

export async function consoleSession(email: string, password = "correct horse battery") {
  const session = await signIn(email, password);
  return { cookie: session.token, csrf: session.csrfToken };
}

export async function createDocumentWithRun(
  tenantId: string,
  options: { status?: DocumentStatus; runStatus?: RunStatus; createdAt?: Date; question?: string; filename?: string } = {},
) {
  const text = `Invoice ${crypto.randomUUID()}\nTotal 120.00 EUR`;
  const document = await db.document.create({
    data: {
      tenantId,
      filename: options.filename ?? "invoice.txt",
      mime: "text/plain",
      size: text.length,
      sha256: crypto.createHash("sha256").update(text).digest("hex"),
      bytes: Buffer.from(text),
      text,
      status: options.status ?? "needs_review",
      docType: "invoice",
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
    },
  });
  const run = await db.run.create({
    data: {
      documentId: document.id,
      tenantId,
      status: options.runStatus ?? "needs_review",
      docType: "invoice",
      decision: "human_review",
      decisionReasons: [{ reason: "low_confidence", detail: "total below the invoice threshold", fields: ["total"] }],
      confidence: 0.62,
      budgetCapMicros: 250_000,
      spentMicros: 1_234,
      startedAt: new Date(),
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
    },
  });
  await db.fieldValue.create({
    data: { runId: run.id, documentId: document.id, name: "total", value: "120.00", confidence: 0.62, sourceStart: 40, sourceEnd: 46, sourceText: "120.00", flags: [] },
  });
  await db.agentStep.create({
    data: { runId: run.id, agent: "summarisation", status: "succeeded", output: { summary: "An invoice for 120.00 EUR.", confidence: 0.9, keySpans: [] }, durationMs: 12 },
  });
  const question = options.question
    ? await db.question.create({ data: { runId: run.id, agent: "validation", prompt: options.question, options: ["120.00", "102.00"] } })
    : null;
  return { document, run, question };
}

/** Two tenants, each with an admin session, a read token and a document with an open question. */
export async function twoTenants() {
  const make = async (label: string) => {
    const tenant = await createTenantWithUsers(label);
    const data = await createDocumentWithRun(tenant.tenant.id, { runStatus: "waiting_for_answer", status: "waiting_for_answer", question: "Two totals found: 120.00 or 102.00?" });
    return { ...tenant, ...data, readToken: await tokenFor(tenant.tenant.id, ["read"]) };
  };
  return { a: await make("A"), b: await make("B") };
}
