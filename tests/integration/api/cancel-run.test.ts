import { describe, expect, it } from "vitest";
import { errorBodySchema } from "@/lib/core/contract";
import { runSchema } from "@/lib/documents/run-contract";
import { db } from "@/lib/db";
import { call } from "../../support/api-dispatch";
import { consoleSession, createDocumentWithRun, tokenFor, twoTenants } from "../../support/api-factories";

const codeOf = async (response: Response) => [response.status, errorBodySchema.parse(await response.json()).error.code];

describe("POST /api/v1/runs/{id}/cancel", () => {
  it("cancels a waiting run with the upload scope, closes its question, and refuses a second cancel with 409", async () => {
    const { a } = await twoTenants();
    const uploader = await tokenFor(a.tenant.id, ["upload", "read"]);
    const response = await call(`/api/v1/runs/${a.run.id}/cancel`, { method: "POST", bearer: uploader, json: { reason: "Uploaded the wrong file" } });
    expect(response.status).toBe(200);
    const run = runSchema.parse(await response.json());
    expect(run).toMatchObject({ status: "cancelled", error: "Uploaded the wrong file", questions: [{ status: "closed" }] });
    expect((await db.document.findUniqueOrThrow({ where: { id: a.document.id } })).status).toBe("cancelled");
    expect(await codeOf(await call(`/api/v1/runs/${a.run.id}/cancel`, { method: "POST", bearer: uploader }))).toEqual([409, "invalid_state"]);
  });

  it("needs the upload scope, and treats another tenant's run as missing", async () => {
    const { a, b } = await twoTenants();
    expect(await codeOf(await call(`/api/v1/runs/${a.run.id}/cancel`, { method: "POST", bearer: a.readToken }))).toEqual([403, "forbidden"]);
    const uploader = await tokenFor(a.tenant.id, ["upload"]);
    expect(await codeOf(await call(`/api/v1/runs/${b.run.id}/cancel`, { method: "POST", bearer: uploader }))).toEqual([404, "not_found"]);
    expect((await db.run.findUniqueOrThrow({ where: { id: b.run.id } })).status).toBe("waiting_for_answer");
  });

  it("refuses to cancel a decided run", async () => {
    const { a } = await twoTenants();
    const decided = await createDocumentWithRun(a.tenant.id, { status: "approved", runStatus: "approved" });
    const uploader = await tokenFor(a.tenant.id, ["upload"]);
    expect(await codeOf(await call(`/api/v1/runs/${decided.run.id}/cancel`, { method: "POST", bearer: uploader, body: "{oops", headers: { "content-type": "application/json" } }))).toEqual([400, "invalid_json"]);
    expect(await codeOf(await call(`/api/v1/runs/${decided.run.id}/cancel`, { method: "POST", bearer: uploader }))).toEqual([409, "invalid_state"]);
  });

  it("lets a console user cancel only with the session's CSRF token", async () => {
    const { a } = await twoTenants();
    const session = await consoleSession(a.reviewer.email);
    expect(await codeOf(await call(`/api/v1/runs/${a.run.id}/cancel`, { method: "POST", cookie: session.cookie }))).toEqual([403, "csrf_failed"]);
    expect(await codeOf(await call(`/api/v1/runs/${a.run.id}/cancel`, { method: "POST", cookie: session.cookie, csrf: "forged" }))).toEqual([403, "csrf_failed"]);
    expect((await call(`/api/v1/runs/${a.run.id}/cancel`, { method: "POST", ...session })).status).toBe(200);
  });
});
