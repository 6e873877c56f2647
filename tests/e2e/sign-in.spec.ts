import { expect, test } from "@playwright/test";
import { ADMIN, REVIEWER, screenshotPath, signIn } from "./support/console";

test("an admin signs in and sees the console with admin sections", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin\?next=%2F/);
  await signIn(page, ADMIN);
  await expect(page.getByRole("heading", { name: "Welcome, Ada Admin" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Spend", exact: true })).toBeVisible();
  await page.screenshot({ path: screenshotPath("overview"), fullPage: true });
});

test("a reviewer sees no admin sections", async ({ page }) => {
  await signIn(page, REVIEWER);
  await expect(page.getByRole("link", { name: "Review queue" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Spend", exact: true })).toHaveCount(0);
});

test("a wrong password is refused with a message and no session", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Email or password is not correct");
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, REVIEWER);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
});
