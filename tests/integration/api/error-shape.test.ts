import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/openapi/document";
import { errorBodySchema } from "@/lib/core/contract";
import { apiRouteFiles } from "../../support/api-routes";
import { call, type CallOptions } from "../../support/api-dispatch";
import { tokenFor } from "../../support/api-factories";
import { createTenantWithUsers } from "../../support/factories";

// Every method of every route file fails in the one documented shape: the status is among the
// operation's documented responses, the body is {error:{code,message,requestId}}, and the request
// id matches the x-request-id header (and so the access log line).

const operations = JSON.parse(JSON.stringify(openApiDocument())).paths as Record<string, Record<string, { responses: Record<string, unknown> }>>;

// Routes anyone may call: how to make each fail, or that it answers anyone (and then must succeed).
const publicFailures: Record<string, CallOptions | "open to anyone"> = {
  "GET /api/v1/health": "open to anyone",
  "GET /api/v1/ready": "open to anyone",
  "GET /api/v1/openapi.json": "open to anyone",
  "POST /api/v1/auth/session": { body: "{not json", headers: { "content-type": "application/json" } },
};

const concrete = (openApiPath: string) => openApiPath.replace(/\{\w+\}/g, "missing-id");
const cases = apiRouteFiles().flatMap((r) => r.methods.map((method) => ({ method, path: r.openApiPath })));

async function expectDocumentedError(method: string, path: string, response: Response) {
  const label = `${method} ${path} → ${response.status}`;
  expect(response.status, label).toBeGreaterThanOrEqual(400);
  expect(Object.keys(operations[path]?.[method.toLowerCase()]?.responses ?? {}), label).toContain(String(response.status));
  const body = errorBodySchema.parse(await response.json());
  expect(body.error.requestId, label).toBe(response.headers.get("x-request-id"));
  return body.error.code;
}

describe("the error shape of every route", () => {
  it.each(cases)("$method $path: without credentials", async ({ method, path }) => {
    const failure = publicFailures[`${method} ${path}`];
    if (failure === "open to anyone") {
      const open = await call(concrete(path), { method });
      expect(open.status, `${method} ${path} without credentials`).toBe(200);
      expect(await open.json()).not.toHaveProperty("error");
      return;
    }
    const response = await call(concrete(path), { method, ...failure });
    const code = await expectDocumentedError(method, path, response);
    if (!failure) expect(code).toBe("unauthenticated");
  });

  it.each(cases.filter((c) => c.path.includes("{")))("$method $path: an id that does not exist, with every scope", async ({ method, path }) => {
    const { tenant } = await createTenantWithUsers();
    const bearer = await tokenFor(tenant.id, ["upload", "read", "answer"]);
    const response = await call(concrete(path), { method, bearer, json: method === "GET" || method === "DELETE" ? undefined : {} });
    await expectDocumentedError(method, path, response);
  });

  it("keeps the caller's x-request-id, so a mobile client can correlate its logs with ours", async () => {
    const response = await call("/api/v1/documents", { headers: { "x-request-id": "ios-7f3a" } });
    expect(response.headers.get("x-request-id")).toBe("ios-7f3a");
    expect(errorBodySchema.parse(await response.json()).error.requestId).toBe("ios-7f3a");
    const odd = await call("/api/v1/documents", { headers: { "x-request-id": "a b\"}{" } });
    expect(odd.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
