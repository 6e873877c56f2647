import { Writable } from "node:stream";
import pino from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { log } from "@/lib/log";
import { call } from "../../support/api-dispatch";
import { tokenFor } from "../../support/api-factories";
import { createTenantWithUsers } from "../../support/factories";

// route() derives each request's logger from the app's pino logger; here that child writes to
// memory so the test can read the structured lines the API writes.
function captureLogs() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const memory = pino({ level: "info" }, sink);
  vi.spyOn(log, "child").mockImplementation((bindings) => memory.child(bindings));
  return lines;
}

afterEach(() => vi.restoreAllMocks());

describe("the access log", () => {
  it("writes one JSON line per request with request id, token id, tenant, route, status and latency, never the secret", async () => {
    const { tenant } = await createTenantWithUsers();
    const secret = await tokenFor(tenant.id, ["read"]);
    const lines = captureLogs();
    const response = await call("/api/v1/documents/nope", { bearer: secret, headers: { "x-request-id": "req-log-1" } });
    await new Promise((resolve) => setImmediate(resolve));
    const access = lines.find((l) => l.msg === "request");
    expect(access).toMatchObject({
      requestId: "req-log-1",
      method: "GET",
      route: "/api/v1/documents/nope",
      tenantId: tenant.id,
      tokenId: expect.any(String),
      status: response.status,
      latencyMs: expect.any(Number),
    });
    expect(JSON.stringify(lines)).not.toContain(secret);
  });
});
