import { describe, expect, it } from "vitest";
import { errorBodySchema } from "@/lib/core/contract";
import { apiTokenSchema, createdTokenSchema, tokenListSchema } from "@/lib/auth/token-contract";
import { db } from "@/lib/db";
import { call } from "../../support/api-dispatch";
import { consoleSession, tokenFor } from "../../support/api-factories";
import { createTenantWithUsers } from "../../support/factories";

const codeOf = async (response: Response) => [response.status, errorBodySchema.parse(await response.json()).error.code];

describe("API token management", () => {
  it("lets an admin create a token whose secret is shown once and works straight away", async () => {
    const { admin, tenant } = await createTenantWithUsers();
    const session = await consoleSession(admin.email);
    const response = await call("/api/v1/tokens", { method: "POST", ...session, json: { name: "iOS app", scopes: ["upload", "read"] } });
    expect(response.status).toBe(201);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const created = createdTokenSchema.parse(await response.json());
    expect(created.token).toMatchObject({ name: "iOS app", scopes: ["upload", "read"], createdBy: "Admin", revokedAt: null });
    expect(created.secret).toMatch(new RegExp(`^sv_${created.token.prefix}_`));

    const list = tokenListSchema.parse(await (await call("/api/v1/tokens", { cookie: session.cookie })).json());
    expect(list.data.map((t) => t.id)).toContain(created.token.id);
    expect(JSON.stringify(list)).not.toContain(created.secret.slice(12));
    expect((await call("/api/v1/documents", { bearer: created.secret })).status).toBe(200);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: created.token.id, action: "api_token.created" } });
    expect(audit).toMatchObject({ tenantId: tenant.id, actorId: admin.id });
    expect(JSON.stringify(audit.data)).not.toContain(created.secret);
  });

  it("revokes a token (twice is harmless) so it stops working; another tenant's token is not found", async () => {
    const { admin, tenant } = await createTenantWithUsers();
    const other = await createTenantWithUsers("other");
    const session = await consoleSession(admin.email);
    const secret = await tokenFor(tenant.id, ["read"]);
    const token = await db.apiToken.findFirstOrThrow({ where: { tenantId: tenant.id } });
    for (let i = 0; i < 2; i++) {
      const revoked = await call(`/api/v1/tokens/${token.id}`, { method: "DELETE", ...session });
      expect(revoked.status).toBe(200);
      expect(apiTokenSchema.parse(await revoked.json()).revokedAt).not.toBeNull();
    }
    expect(await codeOf(await call("/api/v1/documents", { bearer: secret }))).toEqual([401, "unauthenticated"]);
    const foreign = await db.apiToken.create({ data: { tenantId: other.tenant.id, name: "x", prefix: "zz" + token.prefix.slice(2), tokenHash: "h" + token.id, scopes: ["read"] } });
    expect(await codeOf(await call(`/api/v1/tokens/${foreign.id}`, { method: "DELETE", ...session }))).toEqual([404, "not_found"]);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: foreign.id } })).revokedAt).toBeNull();
  });

  it("is refused to bearer tokens (whatever their scopes), to reviewers, and without the CSRF header", async () => {
    const { admin, reviewer, tenant } = await createTenantWithUsers();
    const allScopes = await tokenFor(tenant.id, ["upload", "read", "answer"]);
    expect(await codeOf(await call("/api/v1/tokens", { bearer: allScopes }))).toEqual([403, "forbidden"]);
    expect(await codeOf(await call("/api/v1/tokens", { method: "POST", bearer: allScopes, json: { name: "x", scopes: ["read"] } }))).toEqual([403, "forbidden"]);
    const reviewerSession = await consoleSession(reviewer.email);
    expect(await codeOf(await call("/api/v1/tokens", { cookie: reviewerSession.cookie }))).toEqual([403, "forbidden"]);
    const adminSession = await consoleSession(admin.email);
    expect(await codeOf(await call("/api/v1/tokens", { method: "POST", cookie: adminSession.cookie, json: { name: "x", scopes: ["read"] } }))).toEqual([403, "csrf_failed"]);
    const token = await db.apiToken.findFirstOrThrow({ where: { tenantId: tenant.id } });
    expect(await codeOf(await call(`/api/v1/tokens/${token.id}`, { method: "DELETE", cookie: adminSession.cookie }))).toEqual([403, "csrf_failed"]);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toBeNull();
    expect(await codeOf(await call("/api/v1/tokens", { method: "POST", ...adminSession, json: { name: "", scopes: [] } }))).toEqual([400, "invalid_request"]);
    expect(await codeOf(await call("/api/v1/tokens", { method: "POST", ...adminSession, json: { name: "x", scopes: ["admin"] } }))).toEqual([400, "invalid_request"]);
  });
});
