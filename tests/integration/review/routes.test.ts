import { describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/auth/api-tokens";
import { signIn } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { call } from "../../support/api-dispatch";
import { createTenantWithUsers } from "../../support/factories";
import { seedReviewDocument } from "./support/seed-review";

async function setup() {
  const world = await createTenantWithUsers("routes");
  const session = await signIn(world.reviewer.email, world.password);
  const as = { cookie: session.token, csrf: session.csrfToken };
  const seeded = await seedReviewDocument(db, { tenantId: world.tenant.id });
  return { ...world, as, seeded };
}

describe("review console routes", () => {
  it("refuse visitors without a session, API tokens, and changes without the CSRF token", async () => {
    const { tenant, admin, as, seeded } = await setup();
    expect((await call("/api/v1/review/queue")).status).toBe(401);
    const { secret } = await createApiToken({ tenantId: tenant.id, createdById: admin.id, name: "app", scopes: ["read", "upload", "answer"] });
    const byToken = await call("/api/v1/review/queue", { bearer: secret });
    expect(byToken.status).toBe(403);
    const noCsrf = await call(`/api/v1/review/items/${seeded.item.id}/claim`, { method: "POST", cookie: as.cookie });
    expect((await noCsrf.json()).error.code).toBe("csrf_failed");
  });

  it("claim, edit, approve: the item leaves the queue and the trail records each step", async () => {
    const { as, seeded } = await setup();
    const page = await (await call("/api/v1/review/queue", as)).json();
    expect(page.items.map((i: { id: string }) => i.id)).toEqual([seeded.item.id]);

    expect((await call(`/api/v1/review/items/${seeded.item.id}/claim`, { method: "POST", ...as })).status).toBe(200);
    const total = seeded.fields.find((f) => f.name === "total")!;
    const edited = await call(`/api/v1/review/fields/${total.id}`, { method: "PATCH", json: { value: "102.00", version: 0 }, ...as });
    expect(await edited.json()).toMatchObject({ effectiveValue: "102.00", version: 1 });
    const stale = await call(`/api/v1/review/fields/${total.id}`, { method: "PATCH", json: { value: "103.00", version: 0 }, ...as });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error).toMatchObject({ code: "stale_version", details: { currentValue: "102.00" } });

    const approved = await call(`/api/v1/review/items/${seeded.item.id}/decision`, { method: "POST", json: { decision: "approve" }, ...as });
    expect(await approved.json()).toMatchObject({ resolution: "approved" });
    expect((await (await call("/api/v1/review/queue", as)).json()).items).toEqual([]);

    const view = await (await call(`/api/v1/review/documents/${seeded.document.id}`, as)).json();
    expect(view.audit.map((e: { action: string }) => e.action)).toEqual(["review.claimed", "field.corrected", "review.approved"]);
  });

  it("rejects need a known reason, and 'other' needs a note", async () => {
    const { as, seeded } = await setup();
    await call(`/api/v1/review/items/${seeded.item.id}/claim`, { method: "POST", ...as });
    const bad = await call(`/api/v1/review/items/${seeded.item.id}/decision`, { method: "POST", json: { decision: "reject", reason: "other" }, ...as });
    expect(bad.status).toBe(400);
    const ok = await call(`/api/v1/review/items/${seeded.item.id}/decision`, { method: "POST", json: { decision: "reject", reason: "other", note: "Not ours" }, ...as });
    expect(ok.status).toBe(200);
  });

  it("serves the stored file with its type to its own tenant only, and honours If-None-Match", async () => {
    const { as, seeded } = await setup();
    const file = await call(`/api/v1/documents/${seeded.document.id}/file`, as);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(file.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await file.text()).toContain("TOTAL            102.00");
    const again = await call(`/api/v1/documents/${seeded.document.id}/file`, { ...as, headers: { "if-none-match": file.headers.get("etag")! } });
    expect(again.status).toBe(304);

    const other = await createTenantWithUsers("other");
    const stranger = await signIn(other.reviewer.email, other.password);
    expect((await call(`/api/v1/documents/${seeded.document.id}/file`, { cookie: stranger.token })).status).toBe(404);
    expect((await call(`/api/v1/review/documents/${seeded.document.id}`, { cookie: stranger.token })).status).toBe(404);
  });

  it("serves each field's evidence (page and box), and none where the stored evidence is missing or malformed", async () => {
    const world = await createTenantWithUsers("evidence");
    const session = await signIn(world.reviewer.email, world.password);
    const evidence = { page: 1, box: { x0: 0.6, y0: 0.7, x1: 0.8, y1: 0.74 }, ocrConfidence: 0.82 };
    const seeded = await seedReviewDocument(db, {
      tenantId: world.tenant.id,
      fields: [
        { name: "total", value: "102.00", confidence: 0.6, flags: ["ocr_doubt"], evidence },
        { name: "date", value: "2019-01-11", confidence: 0.9, evidence: { page: 0, box: "top left" } },
        { name: "company", value: "KEDAI RUNCIT MAJU JAYA", confidence: 0.97 },
      ],
    });
    const view = await (await call(`/api/v1/review/documents/${seeded.document.id}`, { cookie: session.token })).json();
    const byName = Object.fromEntries(view.fields.map((f: { name: string; evidence: unknown }) => [f.name, f.evidence]));
    expect(byName).toEqual({ total: evidence, date: null, company: null });
  });

  it("lets only operators change the installation's audit sampling rate", async () => {
    const { admin, operator, password, as } = await setup();
    const refused = await call("/api/v1/review/audit-sampling", { method: "PUT", json: { rate: 0.1 }, ...as });
    expect(refused.status).toBe(403);
    const tenantAdmin = await signIn(admin.email, password);
    expect((await call("/api/v1/review/audit-sampling", { method: "PUT", json: { rate: 0.1 }, cookie: tenantAdmin.token, csrf: tenantAdmin.csrfToken })).status).toBe(403);
    const boss = await signIn(operator.email, password);
    const saved = await call("/api/v1/review/audit-sampling", { method: "PUT", json: { rate: 0.1 }, cookie: boss.token, csrf: boss.csrfToken });
    expect(await saved.json()).toEqual({ auditSampleRate: 0.1 });
    const summary = await (await call("/api/v1/review/summary", as)).json();
    expect(summary.auditSampleRate).toBe(0.1);
    await db.setting.delete({ where: { key: "review.auditSampleRate" } });
  });
});
