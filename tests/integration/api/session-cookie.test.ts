import { describe, expect, it } from "vitest";
import { call } from "../../support/api-dispatch";
import { createTenantWithUsers } from "../../support/factories";

async function signInCookie(headers: Record<string, string>): Promise<string> {
  const { reviewer, password } = await createTenantWithUsers();
  const response = await call("/api/v1/auth/session", { method: "POST", json: { email: reviewer.email, password }, headers });
  expect(response.status).toBe(200);
  return response.headers.get("set-cookie") ?? "";
}

describe("the session cookie", () => {
  it("is Secure when the console is served over HTTPS behind a proxy", async () => {
    const cookie = await signInCookie({ "x-forwarded-proto": "https" });
    expect(cookie).toMatch(/^sieve_session=[^;]+;/);
    expect(cookie.split("; ")).toEqual(expect.arrayContaining(["HttpOnly", "SameSite=Lax", "Secure"]));
  });

  it("is not Secure over plain HTTP, where a browser would drop it", async () => {
    const cookie = await signInCookie({});
    expect(cookie.split("; ")).toContain("HttpOnly");
    expect(cookie.split("; ")).not.toContain("Secure");
  });
});
