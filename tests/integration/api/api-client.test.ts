import { describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { createSieveClient, SieveApiError, unwrap, uploadDocument } from "@/lib/api-client/client";
import { tokenFor } from "../../support/api-factories";
import { BASE_URL, dispatch } from "../../support/api-dispatch";
import { twoTenants } from "../../support/api-factories";

// The typed client against the real route handlers (in-process fetch): what compiles here is what
// the OpenAPI document promises, and what runs here is what the routes answer.

describe("the typed API client", () => {
  it("reads documents, runs and questions with typed paths, queries and results", async () => {
    const { a } = await twoTenants();
    const sieve = createSieveClient({ baseUrl: BASE_URL, token: a.readToken, fetch: dispatch });

    const page = unwrap(await sieve.GET("/api/v1/documents", { params: { query: { limit: 10, status: "waiting_for_answer" } } }));
    expect(page.data.map((d) => d.id)).toEqual([a.document.id]);

    const document = unwrap(await sieve.GET("/api/v1/documents/{id}", { params: { path: { id: a.document.id } } }));
    expect(document.latestRun?.fields[0]?.name).toBe("total");

    const run = unwrap(await sieve.GET("/api/v1/runs/{id}", { params: { path: { id: a.run.id } } }));
    expect(run.questions.map((q) => q.status)).toEqual(["open"]);

    const questions = unwrap(await sieve.GET("/api/v1/questions", { params: { query: { documentId: a.document.id } } }));
    expect(questions.data[0]?.prompt).toBe("Two totals found: 120.00 or 102.00?");
  });

  it("turns the API's error body into a SieveApiError with code and request id", async () => {
    const { a, b } = await twoTenants();
    const sieve = createSieveClient({ baseUrl: BASE_URL, token: a.readToken, fetch: dispatch });
    const result = await sieve.GET("/api/v1/documents/{id}", { params: { path: { id: b.document.id } } });
    const error = (() => {
      try {
        unwrap(result);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(SieveApiError);
    expect(error).toMatchObject({ status: 404, code: "not_found", requestId: result.response.headers.get("x-request-id") });
  });

  it("uploads with an Idempotency-Key, so a retry returns the first response", async () => {
    const { a } = await twoTenants();
    const sieve = createSieveClient({ baseUrl: BASE_URL, token: await tokenFor(a.tenant.id, ["upload", "read"]), fetch: dispatch });
    const file = new Blob([`Receipt ${crypto.randomUUID()}\nTotal EUR 4.20`], { type: "text/plain" });
    const idempotencyKey = crypto.randomUUID();
    const first = await uploadDocument(sieve, file, { filename: "receipt.txt", idempotencyKey });
    const retry = await uploadDocument(sieve, file, { filename: "receipt.txt", idempotencyKey });
    expect(unwrap(retry).runId).toBe(unwrap(first).runId);
    expect(retry.response.headers.get("idempotent-replayed")).toBe("true");
    const run = unwrap(await sieve.GET("/api/v1/runs/{id}", { params: { path: { id: unwrap(first).runId } } }));
    expect(run.documentId).toBe(unwrap(first).documentId);
    await waitUntilAtRest(sieve, run.id);
  });
});

async function waitUntilAtRest(sieve: ReturnType<typeof createSieveClient>, runId: string) {
  for (let i = 0; i < 600; i++) {
    const run = unwrap(await sieve.GET("/api/v1/runs/{id}", { params: { path: { id: runId } } }));
    if (!["queued", "running"].includes(run.status)) return run;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`run ${runId} did not come to rest`);
}
