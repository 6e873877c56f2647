import { expect, type Page } from "@playwright/test";

export const ADMIN = { email: "admin@sieve.local", password: process.env.SIEVE_E2E_PASSWORD! };
export const REVIEWER = { email: "reviewer@sieve.local", password: process.env.SIEVE_E2E_PASSWORD! };

/**
 * Signs in through the real sign-in form, landing on `next` (default: the overview). Each step waits
 * for its event (the session answer, the navigation, the rendered user), bounded by the test's own
 * timeout rather than a 5 s clock, which a loaded machine can outlast (password hashing is slow). The user's
 * name is only attached, not visible, on a phone: it sits in the closed navigation menu.
 */
export async function signIn(page: Page, who = ADMIN, next = "/") {
  await page.goto(`/signin?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  const session = page.waitForResponse((r) => r.url().endsWith("/api/v1/auth/session") && r.request().method() === "POST", { timeout: 0 });
  await page.getByRole("button", { name: "Sign in" }).click();
  expect((await session).ok(), `sign-in as ${who.email}`).toBe(true);
  const nextPath = new URL(next, "http://x").pathname;
  await page.waitForURL((url) => url.pathname === nextPath, { timeout: 0 });
  await page.getByTestId("signed-in-user").waitFor({ state: "attached", timeout: 0 });
}

export const screenshotPath = (name: string) => `tests/artifacts/screenshots/${name}.png`;
