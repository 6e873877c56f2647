import { describe, expect, it } from "vitest";
import { signIn, SESSION_COOKIE } from "@/lib/auth/session";
import { authenticate } from "@/lib/auth/principal";
import { createApiToken, revokeApiToken } from "@/lib/auth/api-tokens";
import { AppError } from "@/lib/core/errors";
import { db } from "@/lib/db";
import { createTenantWithUsers } from "../../support/factories";

const req = (init: { method?: string; cookie?: string; bearer?: string; csrf?: string; headers?: Record<string, string> } = {}) =>
  new Request("http://localhost/api/v1/x", {
    method: init.method ?? "GET",
    headers: {
      ...init.headers,
      ...(init.cookie ? { cookie: `${SESSION_COOKIE}=${init.cookie}` } : {}),
      ...(init.bearer ? { authorization: `Bearer ${init.bearer}` } : {}),
      ...(init.csrf ? { "x-csrf-token": init.csrf } : {}),
    },
  });

const codeOf = (p: Promise<unknown>) => p.then(() => "ok", (e: AppError) => e.code);

describe("console sign-in", () => {
  it("signs in with the right password and refuses a wrong one the same way as an unknown email", async () => {
    const { admin, password } = await createTenantWithUsers();
    const session = await signIn(admin.email.toUpperCase(), password);
    expect(session.user.role).toBe("admin");
    expect(await codeOf(signIn(admin.email, "wrong password"))).toBe("invalid_credentials");
    expect(await codeOf(signIn("nobody@example.test", password))).toBe("invalid_credentials");
    const stored = await db.session.findFirstOrThrow({ where: { userId: admin.id } });
    expect(stored.tokenHash).not.toBe(session.token);
  });

  it("requires the CSRF token for cookie-authenticated changes", async () => {
    const { reviewer, password } = await createTenantWithUsers();
    const { token, csrfToken } = await signIn(reviewer.email, password);
    expect((await authenticate(req({ cookie: token }))).kind).toBe("user");
    expect(await codeOf(authenticate(req({ method: "POST", cookie: token })))).toBe("csrf_failed");
    expect(await codeOf(authenticate(req({ method: "POST", cookie: token, csrf: csrfToken })))).toBe("ok");
    expect(await codeOf(authenticate(req({ cookie: token }), { role: "admin" })))
      .toBe("forbidden");
  });

  it("refuses a cookie-authenticated change sent from another site even with the CSRF token", async () => {
    const { reviewer, password } = await createTenantWithUsers();
    const { token, csrfToken } = await signIn(reviewer.email, password);
    const change = (headers: Record<string, string>) => authenticate(req({ method: "POST", cookie: token, csrf: csrfToken, headers }));
    expect(await codeOf(change({ origin: "https://evil.example" }))).toBe("csrf_failed");
    expect(await codeOf(change({ "sec-fetch-site": "cross-site" }))).toBe("csrf_failed");
    expect(await codeOf(change({ "sec-fetch-site": "same-site", origin: "http://localhost" }))).toBe("csrf_failed");
    expect(await codeOf(change({ origin: "http://localhost", "sec-fetch-site": "same-origin" }))).toBe("ok");
    expect(await codeOf(change({ origin: "https://sieve.example", "x-forwarded-host": "sieve.example" }))).toBe("ok");
    // Reads are not changes: a cross-site GET is left to the cookie's SameSite policy.
    expect(await codeOf(authenticate(req({ cookie: token, headers: { "sec-fetch-site": "cross-site" } })))).toBe("ok");
  });
});

describe("API tokens", () => {
  it("authenticate by hash, enforce scopes, and stop working once revoked", async () => {
    const { tenant, admin } = await createTenantWithUsers();
    const { token, secret } = await createApiToken({ tenantId: tenant.id, createdById: admin.id, name: "app", scopes: ["read"] });
    expect(token.tokenHash).not.toContain(secret);
    const principal = await authenticate(req({ method: "POST", bearer: secret }), { scope: "read" });
    expect(principal).toMatchObject({ kind: "token", tenantId: tenant.id });
    expect(await codeOf(authenticate(req({ bearer: secret }), { scope: "upload" }))).toBe("forbidden");
    expect(await revokeApiToken(token.id, tenant.id)).toBe(true);
    expect(await codeOf(authenticate(req({ bearer: secret })))).toBe("unauthenticated");
    expect(await codeOf(authenticate(req({ bearer: "sv_garbage" })))).toBe("unauthenticated");
  });
});

describe("sign-in throttling", () => {
  const attacker = "198.51.100.200";
  const owner = "203.0.113.20";

  it("never locks the real user out, however often an attacker elsewhere guesses wrong", async () => {
    const { reviewer, password } = await createTenantWithUsers();
    // Nine addresses guessing until each is told to wait (past the account's own limit, too)…
    let guesses = 0;
    for (let a = 0; a < 9; a++) {
      let code = "invalid_credentials";
      for (let i = 0; code === "invalid_credentials"; i++, guesses++) code = await codeOf(signIn(reviewer.email, `wrong-${i}`, `198.51.100.${a}`));
      expect(code).toBe("rate_limited");
      expect(await codeOf(signIn(reviewer.email, password, `198.51.100.${a}`))).toBe("rate_limited");
    }
    expect(guesses).toBeGreaterThan(30);
    // …while the owner, on their own address, signs in at the first try.
    expect((await signIn(reviewer.email, password, owner)).user.id).toBe(reviewer.id);
  });

  it("makes one address wait longer after each failure past the third, with Retry-After", async () => {
    const { reviewer, password } = await createTenantWithUsers();
    for (let i = 0; i < 4; i++) expect(await codeOf(signIn(reviewer.email, `wrong-${i}`, attacker))).toBe("invalid_credentials");
    const refused = await signIn(reviewer.email, password, attacker).catch((e: AppError) => e);
    expect(refused).toMatchObject({ code: "rate_limited", headers: { "Retry-After": "1" } });
    await new Promise((r) => setTimeout(r, 1_100));
    expect(await codeOf(signIn(reviewer.email, "wrong-5", attacker))).toBe("invalid_credentials");
    const longer = await signIn(reviewer.email, password, attacker).catch((e: AppError) => e);
    expect(longer).toMatchObject({ code: "rate_limited", headers: { "Retry-After": "2" } });
  });

  it("forgives an address its typos once it signs in", async () => {
    const { admin, password } = await createTenantWithUsers();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 3; i++) expect(await codeOf(signIn(admin.email, `typo-${i}`, owner))).toBe("invalid_credentials");
      expect((await signIn(admin.email, password, owner)).user.id).toBe(admin.id);
    }
  });

  it("does not count successful sign-ins", async () => {
    const { admin, password } = await createTenantWithUsers();
    for (let i = 0; i < 12; i++) expect((await signIn(admin.email, password)).user.id).toBe(admin.id);
  });
});
