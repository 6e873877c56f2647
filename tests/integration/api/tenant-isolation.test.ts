import { describe, expect, it } from "vitest";
import { documentDetailSchema, documentPageSchema } from "@/lib/documents/document-contract";
import { errorBodySchema } from "@/lib/core/contract";
import { questionPageSchema } from "@/lib/documents/run-contract";
import { runSchema } from "@/lib/documents/run-contract";
import { revokeApiToken } from "@/lib/auth/api-tokens";
import { db } from "@/lib/db";
import { call } from "../../support/api-dispatch";
import { consoleSession, tokenFor, twoTenants } from "../../support/api-factories";

async function expectError(response: Response, status: number, code: string) {
  const body = errorBodySchema.parse(await response.json());
  expect({ status: response.status, code: body.error.code }).toEqual({ status, code });
  expect(body.error.requestId).toBe(response.headers.get("x-request-id"));
}

describe("tenant isolation", () => {
  it("gives a token 404 for another tenant's document and run, exactly as for a missing one", async () => {
    const { a, b } = await twoTenants();
    const own = await call(`/api/v1/documents/${a.document.id}`, { bearer: a.readToken });
    expect(own.status).toBe(200);
    expect(documentDetailSchema.parse(await own.json()).id).toBe(a.document.id);

    await expectError(await call(`/api/v1/documents/${b.document.id}`, { bearer: a.readToken }), 404, "not_found");
    await expectError(await call(`/api/v1/runs/${b.run.id}`, { bearer: a.readToken }), 404, "not_found");
    const missing = await call(`/api/v1/documents/does-not-exist`, { bearer: a.readToken });
    const foreign = await call(`/api/v1/documents/${b.document.id}`, { bearer: a.readToken });
    expect((await missing.json()).error.message).toBe((await foreign.json()).error.message);
  });

  it("lists only the caller's tenant's documents and questions", async () => {
    const { a, b } = await twoTenants();
    const documents = documentPageSchema.parse(await (await call("/api/v1/documents?limit=100", { bearer: a.readToken })).json());
    const ids = documents.data.map((d) => d.id);
    expect(ids).toContain(a.document.id);
    expect(ids).not.toContain(b.document.id);
    expect(await db.document.count({ where: { id: { in: ids }, tenantId: { not: a.tenant.id } } })).toBe(0);

    const questions = questionPageSchema.parse(await (await call("/api/v1/questions?limit=100", { bearer: a.readToken })).json());
    expect(questions.data.map((q) => q.id)).toContain(a.question!.id);
    expect(questions.data.map((q) => q.id)).not.toContain(b.question!.id);
    const foreignRun = await call(`/api/v1/questions?runId=${b.run.id}`, { bearer: a.readToken });
    expect(questionPageSchema.parse(await foreignRun.json()).data).toEqual([]);
  });

  it("shows a run's result: fields with their source, summary, steps, questions and decision", async () => {
    const { a } = await twoTenants();
    const run = runSchema.parse(await (await call(`/api/v1/runs/${a.run.id}`, { bearer: a.readToken })).json());
    expect(run).toMatchObject({
      id: a.run.id,
      documentId: a.document.id,
      status: "waiting_for_answer",
      summary: "An invoice for 120.00 EUR.",
      decisionReasons: [{ reason: "low_confidence", detail: "total below the invoice threshold", fields: ["total"] }],
      fields: [{ name: "total", value: "120.00", corrected: false, source: { start: 40, end: 46, text: "120.00" } }],
      questions: [{ id: a.question!.id, status: "open", options: ["120.00", "102.00"] }],
    });
  });
});

describe("scopes", () => {
  it("refuses a token without the read scope with 403 forbidden", async () => {
    const { a } = await twoTenants();
    const uploadOnly = await tokenFor(a.tenant.id, ["upload"]);
    for (const path of [`/api/v1/documents`, `/api/v1/documents/${a.document.id}`, `/api/v1/runs/${a.run.id}`, `/api/v1/questions`]) {
      await expectError(await call(path, { bearer: uploadOnly }), 403, "forbidden");
    }
  });

  it("refuses unknown, malformed and revoked tokens with 401", async () => {
    const { a } = await twoTenants();
    await expectError(await call("/api/v1/documents", { bearer: "sv_abcdefgh_" + "x".repeat(40) }), 401, "unauthenticated");
    await expectError(await call("/api/v1/documents", { headers: { authorization: "Basic Zm9vOmJhcg==" } }), 401, "unauthenticated");
    const token = await db.apiToken.findFirstOrThrow({ where: { tenantId: a.tenant.id } });
    await revokeApiToken(token.id, a.tenant.id);
    await expectError(await call("/api/v1/documents", { bearer: a.readToken }), 401, "unauthenticated");
  });

  it("lets a console user read their tenant's documents with the session cookie", async () => {
    const { a, b } = await twoTenants();
    const session = await consoleSession(a.reviewer.email);
    expect((await call(`/api/v1/documents/${a.document.id}`, { cookie: session.cookie })).status).toBe(200);
    await expectError(await call(`/api/v1/documents/${b.document.id}`, { cookie: session.cookie }), 404, "not_found");
  });
});
