import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { errorBodySchema } from "@/lib/core/contract";
import { createdUserSchema, passwordChangedSchema, updatedUserSchema, userListSchema } from "@/lib/auth/user-contract";
import { signIn } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { call } from "../../support/api-dispatch";
import { consoleSession, tokenFor } from "../../support/api-factories";
import { createTenantWithUsers } from "../../support/factories";

// Console user management over HTTP: admins add users and change them within their tenant;
// everyone changes their own password. Passwords appear once, in a response, and nowhere else.

type Session = Awaited<ReturnType<typeof consoleSession>>;

const codeOf = async (response: Response) => [response.status, errorBodySchema.parse(await response.json()).error.code];
const messageOf = async (response: Response) => errorBodySchema.parse(await response.json()).error.message;
const uniqueEmail = (label: string) => `${label}-${crypto.randomBytes(4).toString("hex")}@example.test`;

const addUser = (session: Session, json: unknown) => call("/api/v1/admin/users", { method: "POST", ...session, json });
const patchUser = (session: Session, id: string, json: unknown) => call(`/api/v1/admin/users/${id}`, { method: "PATCH", ...session, json });
const changePassword = (session: Session, json: unknown) => call("/api/v1/auth/password", { method: "POST", ...session, json });
/** Whether a session cookie still gets the console in. */
const sessionWorks = async (session: Session) => (await call("/api/v1/auth/session", { cookie: session.cookie })).status === 200;
const signInCode = (email: string, password: string) => signIn(email, password).then(() => "ok", (e: { code: string }) => e.code);

describe("console user management", () => {
  it("lets an admin add a reviewer whose one-time temporary password signs in, and audits it without the password", async () => {
    const { admin, tenant } = await createTenantWithUsers();
    const session = await consoleSession(admin.email);
    const email = uniqueEmail("New.Reviewer");
    const response = await addUser(session, { email: email.toUpperCase(), name: "Nia New", role: "reviewer" });
    expect(response.status).toBe(201);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const created = createdUserSchema.parse(await response.json());
    expect(created.user).toMatchObject({ email: email.toLowerCase(), name: "Nia New", role: "reviewer", disabledAt: null });
    expect(created.temporaryPassword.length).toBeGreaterThanOrEqual(12);

    const signedIn = await signIn(email, created.temporaryPassword);
    expect(signedIn.user).toMatchObject({ id: created.user.id, role: "reviewer", tenantId: tenant.id });
    const stored = await db.user.findUniqueOrThrow({ where: { id: created.user.id } });
    expect(stored.passwordHash).not.toContain(created.temporaryPassword);

    const list = userListSchema.parse(await (await call("/api/v1/admin/users", { cookie: session.cookie })).json());
    expect(list.data.map((u) => u.email)).toEqual(expect.arrayContaining([admin.email, email.toLowerCase()]));
    expect(list.data).toHaveLength(4);
    expect(JSON.stringify(list)).not.toContain(created.temporaryPassword);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: "user", entityId: created.user.id, action: "user.created" } });
    expect(audit).toMatchObject({ tenantId: tenant.id, actorId: admin.id, data: { email: email.toLowerCase(), name: "Nia New", role: "reviewer" } });
    expect(audit.requestId).toBeTruthy();
    expect(JSON.stringify(audit.data)).not.toContain(created.temporaryPassword);
  });

  it("refuses an email that is already taken, in any tenant and any case, with 409", async () => {
    const { admin } = await createTenantWithUsers();
    const other = await createTenantWithUsers("other");
    const session = await consoleSession(admin.email);
    expect(await codeOf(await addUser(session, { email: other.reviewer.email.toUpperCase(), name: "Copy", role: "reviewer" }))).toEqual([409, "conflict"]);
    expect(await codeOf(await addUser(session, { email: "not an email", name: "X", role: "reviewer" }))).toEqual([400, "invalid_request"]);
    expect(await db.user.count({ where: { email: other.reviewer.email } })).toBe(1);
  });

  it("lets only operators grant, remove or change the operator role", async () => {
    const { admin, operator, reviewer } = await createTenantWithUsers();
    const adminSession = await consoleSession(admin.email);
    const operatorSession = await consoleSession(operator.email);

    const refused = await addUser(adminSession, { email: uniqueEmail("op"), name: "Op", role: "operator" });
    expect(refused.status).toBe(403);
    expect(await messageOf(refused)).toMatch(/only operators may/i);
    expect(await codeOf(await patchUser(adminSession, reviewer.id, { role: "operator" }))).toEqual([403, "forbidden"]);
    expect(await codeOf(await patchUser(adminSession, operator.id, { role: "admin" }))).toEqual([403, "forbidden"]);
    // Resetting an operator's password would let an admin sign in as one.
    expect(await codeOf(await patchUser(adminSession, operator.id, { resetPassword: true }))).toEqual([403, "forbidden"]);
    expect((await db.user.findUniqueOrThrow({ where: { id: reviewer.id } })).role).toBe("reviewer");

    const created = await addUser(operatorSession, { email: uniqueEmail("op"), name: "Op", role: "operator" });
    expect(created.status).toBe(201);
    const promoted = updatedUserSchema.parse(await (await patchUser(operatorSession, reviewer.id, { role: "operator" })).json());
    expect(promoted.user.role).toBe("operator");
    expect(promoted.temporaryPassword).toBeUndefined();
    const demoted = await patchUser(operatorSession, reviewer.id, { role: "admin" });
    expect(updatedUserSchema.parse(await demoted.json()).user.role).toBe("admin");
    expect((await patchUser(adminSession, reviewer.id, { role: "reviewer" })).status).toBe(200);

    const audits = await db.auditEvent.findMany({ where: { entityId: reviewer.id, action: "user.updated" } });
    expect(audits.map((a) => [a.actorId, a.data])).toEqual(
      expect.arrayContaining([
        [operator.id, { role: { from: "reviewer", to: "operator" } }],
        [operator.id, { role: { from: "operator", to: "admin" } }],
        [admin.id, { role: { from: "admin", to: "reviewer" } }],
      ]),
    );
    expect(audits).toHaveLength(3);
  });

  it("refuses to let anyone demote, disable or reset themselves, since it could lock them out", async () => {
    const { admin, operator } = await createTenantWithUsers();
    const session = await consoleSession(admin.email);
    const demote = await patchUser(session, admin.id, { role: "reviewer" });
    expect(demote.status).toBe(409);
    expect(await messageOf(demote)).toMatch(/own role.*lock/i);
    expect(await codeOf(await patchUser(session, admin.id, { disabled: true }))).toEqual([409, "invalid_state"]);
    expect(await codeOf(await patchUser(session, admin.id, { resetPassword: true }))).toEqual([409, "invalid_state"]);
    const operatorSession = await consoleSession(operator.email);
    expect(await codeOf(await patchUser(operatorSession, operator.id, { role: "admin" }))).toEqual([409, "invalid_state"]);

    const renamed = await patchUser(session, admin.id, { name: "Ada A." });
    expect(updatedUserSchema.parse(await renamed.json()).user).toMatchObject({ name: "Ada A.", role: "admin", disabledAt: null });
    expect(await sessionWorks(session)).toBe(true);
  });

  it("does not find another tenant's user", async () => {
    const { admin } = await createTenantWithUsers();
    const other = await createTenantWithUsers("other");
    const session = await consoleSession(admin.email);
    expect(await codeOf(await patchUser(session, other.reviewer.id, { disabled: true }))).toEqual([404, "not_found"]);
    expect(await codeOf(await patchUser(session, other.reviewer.id, { resetPassword: true }))).toEqual([404, "not_found"]);
    expect((await db.user.findUniqueOrThrow({ where: { id: other.reviewer.id } })).disabledAt).toBeNull();
    const list = userListSchema.parse(await (await call("/api/v1/admin/users", { cookie: session.cookie })).json());
    expect(list.data.map((u) => u.id)).not.toContain(other.reviewer.id);
  });

  it("signs a disabled user out at once and refuses their sign-in until they are enabled again", async () => {
    const { admin, reviewer, password, tenant } = await createTenantWithUsers();
    const session = await consoleSession(admin.email);
    const reviewerSession = await consoleSession(reviewer.email);
    expect(await sessionWorks(reviewerSession)).toBe(true);

    const disabled = updatedUserSchema.parse(await (await patchUser(session, reviewer.id, { disabled: true })).json());
    expect(disabled.user.disabledAt).not.toBeNull();
    expect(await sessionWorks(reviewerSession)).toBe(false);
    expect(await db.session.count({ where: { userId: reviewer.id } })).toBe(0);
    expect(await signInCode(reviewer.email, password)).toBe("invalid_credentials");

    const enabled = updatedUserSchema.parse(await (await patchUser(session, reviewer.id, { disabled: false })).json());
    expect(enabled.user.disabledAt).toBeNull();
    expect(await signInCode(reviewer.email, password)).toBe("ok");
    const audits = await db.auditEvent.findMany({ where: { tenantId: tenant.id, entityId: reviewer.id, action: "user.updated" } });
    expect(audits.map((a) => [a.actorId, a.data])).toEqual(expect.arrayContaining([[admin.id, { disabled: true }], [admin.id, { disabled: false }]]));
    expect(audits).toHaveLength(2);
  });

  it("resets a password: the temporary one signs in, the old one no longer does, and open sessions end", async () => {
    const { admin, reviewer, password } = await createTenantWithUsers();
    const session = await consoleSession(admin.email);
    const reviewerSession = await consoleSession(reviewer.email);
    const response = await patchUser(session, reviewer.id, { resetPassword: true });
    expect(response.headers.get("cache-control")).toBe("no-store");
    const reset = updatedUserSchema.parse(await response.json());
    expect(reset.temporaryPassword).toBeTruthy();
    expect(await sessionWorks(reviewerSession)).toBe(false);
    expect(await signInCode(reviewer.email, password)).toBe("invalid_credentials");
    expect(await signInCode(reviewer.email, reset.temporaryPassword!)).toBe("ok");

    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: reviewer.id, action: "user.updated" } });
    expect(audit.data).toEqual({ passwordReset: true });
    expect(JSON.stringify(audit)).not.toContain(reset.temporaryPassword);
  });

  it("is refused to reviewers, to API tokens whatever their scopes, and without the CSRF header", async () => {
    const { admin, reviewer, tenant } = await createTenantWithUsers();
    const reviewerSession = await consoleSession(reviewer.email);
    expect(await codeOf(await call("/api/v1/admin/users", { cookie: reviewerSession.cookie }))).toEqual([403, "forbidden"]);
    expect(await codeOf(await addUser(reviewerSession, { email: uniqueEmail("x"), name: "X", role: "reviewer" }))).toEqual([403, "forbidden"]);
    expect(await codeOf(await patchUser(reviewerSession, admin.id, { disabled: true }))).toEqual([403, "forbidden"]);

    const token = await tokenFor(tenant.id, ["upload", "read", "answer"]);
    expect(await codeOf(await call("/api/v1/admin/users", { bearer: token }))).toEqual([403, "forbidden"]);
    expect(await codeOf(await call(`/api/v1/admin/users/${reviewer.id}`, { method: "PATCH", bearer: token, json: { disabled: true } }))).toEqual([403, "forbidden"]);
    expect(await codeOf(await call("/api/v1/auth/password", { method: "POST", bearer: token, json: { currentPassword: "x", newPassword: "y".repeat(12) } }))).toEqual([403, "forbidden"]);

    const adminSession = await consoleSession(admin.email);
    expect(await codeOf(await patchUser({ cookie: adminSession.cookie, csrf: "" }, reviewer.id, { disabled: true }))).toEqual([403, "csrf_failed"]);
    expect(await codeOf(await patchUser(adminSession, reviewer.id, {}))).toEqual([400, "invalid_request"]);
    expect(await codeOf(await patchUser(adminSession, reviewer.id, { role: "superuser" }))).toEqual([400, "invalid_request"]);
    expect((await db.user.findUniqueOrThrow({ where: { id: reviewer.id } })).disabledAt).toBeNull();
  });
});

describe("changing your own password", () => {
  it("refuses a wrong current password or a short new one, and changes nothing", async () => {
    const { reviewer, password } = await createTenantWithUsers();
    const session = await consoleSession(reviewer.email);
    const wrong = await changePassword(session, { currentPassword: "not my password", newPassword: "a brand new passphrase" });
    expect(wrong.status).toBe(400);
    const body = errorBodySchema.parse(await wrong.json());
    expect(body.error).toMatchObject({ code: "invalid_request", message: "The current password is not correct" });
    expect(await codeOf(await changePassword(session, { currentPassword: password, newPassword: "too short" }))).toEqual([400, "invalid_request"]);
    expect(await codeOf(await changePassword(session, { currentPassword: password, newPassword: password }))).toEqual([400, "invalid_request"]);
    expect(await codeOf(await changePassword({ cookie: session.cookie, csrf: "" }, { currentPassword: password, newPassword: "a brand new passphrase" }))).toEqual([
      403,
      "csrf_failed",
    ]);
    expect(await signInCode(reviewer.email, password)).toBe("ok");
  });

  it("keeps the current session, signs out the others, and the new password signs in", async () => {
    const { reviewer, password } = await createTenantWithUsers();
    const here = await consoleSession(reviewer.email);
    const elsewhere = await consoleSession(reviewer.email);
    const response = await changePassword(here, { currentPassword: password, newPassword: "a brand new passphrase" });
    expect(response.status).toBe(200);
    expect(passwordChangedSchema.parse(await response.json())).toEqual({ otherSessionsEnded: 1 });
    expect(await sessionWorks(here)).toBe(true);
    expect(await sessionWorks(elsewhere)).toBe(false);
    expect(await signInCode(reviewer.email, password)).toBe("invalid_credentials");
    expect(await signInCode(reviewer.email, "a brand new passphrase")).toBe("ok");

    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: reviewer.id, action: "user.password_changed" } });
    expect(audit.actorId).toBe(reviewer.id);
    expect(JSON.stringify(audit)).not.toContain("brand new");
  });
});
