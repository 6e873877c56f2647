import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { signIn } from "@/lib/auth/session";
import { call } from "../../support/api-dispatch";
import { tokenFor } from "../../support/api-factories";
import { createTenantWithUsers } from "../../support/factories";

// The admin API over HTTP semantics: console admins only (operators for installation-wide settings),
// CSRF on changes, one error shape.

let admin: { cookie: string; csrf: string };
let operator: { cookie: string; csrf: string };
let reviewer: { cookie: string; csrf: string };
let tenantId: string;

beforeAll(async () => {
  const t = await createTenantWithUsers("admin-routes");
  tenantId = t.tenant.id;
  const a = await signIn(t.admin.email, t.password);
  const r = await signIn(t.reviewer.email, t.password);
  const o = await signIn(t.operator.email, t.password);
  operator = { cookie: o.token, csrf: o.csrfToken };
  admin = { cookie: a.token, csrf: a.csrfToken };
  reviewer = { cookie: r.token, csrf: r.csrfToken };
});

describe("admin API", () => {
  it("is for console admins: reviewers and API tokens are refused", async () => {
    expect((await call("/api/v1/admin/spend", { cookie: reviewer.cookie })).status).toBe(403);
    const secret = await tokenFor(tenantId, ["read", "upload", "answer"]);
    expect((await call("/api/v1/admin/budgets", { bearer: secret })).status).toBe(403);
    expect((await call("/api/v1/admin/alerts")).status).toBe(401);
  });

  it("serves the spend report and validates its query", async () => {
    const ok = await call("/api/v1/admin/spend?granularity=hour&from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z&by=agent", { cookie: admin.cookie });
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expect(body.range).toMatchObject({ granularity: "hour", by: "agent" });
    expect(body.series).toHaveLength(24);
    const bad = await call("/api/v1/admin/spend?by=colour", { cookie: admin.cookie });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe("invalid_request");
  });

  it("creates, changes and removes a budget, with the CSRF token", async () => {
    const json = { scope: "tenant", period: "month", limitMicros: 50_000_000 };
    expect((await call("/api/v1/admin/budgets", { method: "POST", cookie: admin.cookie, json })).status).toBe(403);
    const created = await call("/api/v1/admin/budgets", { method: "POST", cookie: admin.cookie, csrf: admin.csrf, json });
    expect(created.status).toBe(201);
    const { id } = await created.json();
    const again = await call("/api/v1/admin/budgets", { method: "POST", cookie: admin.cookie, csrf: admin.csrf, json });
    expect(again.status).toBe(409);
    const patched = await call(`/api/v1/admin/budgets/${id}`, { method: "PATCH", cookie: admin.cookie, csrf: admin.csrf, json: { limitMicros: 75_000_000 } });
    expect(await patched.json()).toMatchObject({ id, limitMicros: 75_000_000, scopeId: tenantId });
    const listed = await (await call("/api/v1/admin/budgets", { cookie: admin.cookie })).json();
    expect(listed.budgets.find((b: { id: string }) => b.id === id)).toMatchObject({ label: "This tenant", usage: { spentMicros: 0, level: "ok" } });
    expect(listed.runCaps).toMatchObject({ defaultMicros: expect.any(Number), maxMicros: expect.any(Number) });
    expect((await call(`/api/v1/admin/budgets/${id}`, { method: "DELETE", cookie: admin.cookie, csrf: admin.csrf })).status).toBe(204);
    expect((await call(`/api/v1/admin/budgets/${id}`, { method: "DELETE", cookie: admin.cookie, csrf: admin.csrf })).status).toBe(404);
  });

  it("lists and acknowledges alerts", async () => {
    const alert = await db.spendAlert.create({ data: { kind: "budget_80", dedupeKey: `test:${tenantId}`, tenantId, message: "At 80%", deliveryStatus: "skipped" } });
    const listed = await (await call("/api/v1/admin/alerts?unacknowledged=true", { cookie: admin.cookie })).json();
    expect(listed.data.map((a: { id: string }) => a.id)).toContain(alert.id);
    const acked = await call(`/api/v1/admin/alerts/${alert.id}/acknowledge`, { method: "POST", cookie: admin.cookie, csrf: admin.csrf });
    expect(acked.status).toBe(200);
    expect((await acked.json()).acknowledgedAt).not.toBeNull();
  });

  it("lets only operators configure the webhook that receives every tenant's alerts", async () => {
    const refused = await call("/api/v1/admin/alerts/webhook", { method: "PUT", cookie: admin.cookie, csrf: admin.csrf, json: { url: "https://attacker.example.test/" } });
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toMatchObject({ code: "forbidden", message: expect.stringContaining("operators") });
    expect((await call("/api/v1/admin/alerts/webhook", { cookie: admin.cookie })).status).toBe(403);
  });

  it("configures the webhook, showing a generated secret only once", async () => {
    const put = await call("/api/v1/admin/alerts/webhook", { method: "PUT", cookie: operator.cookie, csrf: operator.csrf, json: { url: "https://hooks.example.test/sieve" } });
    const saved = await put.json();
    expect(saved.secret).toMatch(/^[0-9a-f]{64}$/);
    const view = await (await call("/api/v1/admin/alerts/webhook", { cookie: operator.cookie })).json();
    expect(view).toEqual({ url: "https://hooks.example.test/sieve", secretHint: `${saved.secret.slice(0, 6)}…` });
    const kept = await (await call("/api/v1/admin/alerts/webhook", { method: "PUT", cookie: operator.cookie, csrf: operator.csrf, json: { url: "https://hooks.example.test/v2" } })).json();
    expect(kept.secret).toBeUndefined();
    expect((await call("/api/v1/admin/alerts/webhook", { method: "PUT", cookie: operator.cookie, csrf: operator.csrf, json: { url: "ftp://x" } })).status).toBe(400);
    await call("/api/v1/admin/alerts/webhook", { method: "PUT", cookie: operator.cookie, csrf: operator.csrf, json: { url: null } });
  });

  it("lets operators edit model prices, which every tenant's spend is priced by; admins read them", async () => {
    const json = { provider: "openai", model: "gpt-test-route", inputMicrosPerMTok: 1_000_000, outputMicrosPerMTok: 4_000_000 };
    expect((await call("/api/v1/admin/prices", { method: "PUT", cookie: admin.cookie, csrf: admin.csrf, json })).status).toBe(403);
    expect((await call("/api/v1/admin/prices?model=gpt-4.1-mini", { method: "DELETE", cookie: admin.cookie, csrf: admin.csrf })).status).toBe(403);
    expect((await call("/api/v1/admin/prices", { method: "PUT", cookie: operator.cookie, csrf: operator.csrf, json })).status).toBe(200);
    const prices = await (await call("/api/v1/admin/prices", { cookie: admin.cookie })).json();
    expect(prices.data.find((p: { model: string }) => p.model === "gpt-test-route")).toMatchObject({ source: "admin", outputMicrosPerMTok: 4_000_000 });
    expect((await call("/api/v1/admin/prices?model=gpt-test-route", { method: "DELETE", cookie: operator.cookie, csrf: operator.csrf })).status).toBe(204);
  });
});
