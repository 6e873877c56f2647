import { expect, type Page } from "@playwright/test";

export const ADMIN = { email: "admin@sieve.local", password: process.env.SIEVE_E2E_PASSWORD! };
export const REVIEWER = { email: "reviewer@sieve.local", password: process.env.SIEVE_E2E_PASSWORD! };

/** Signs in through the real sign-in form, landing on `next` (default: the overview). */
export async function signIn(page: Page, who = ADMIN, next = "/") {
  await page.goto(`/signin?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
}

export const screenshotPath = (name: string) => `tests/artifacts/screenshots/${name}.png`;
