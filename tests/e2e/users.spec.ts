import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, screenshotPath, signIn } from "./support/console";

// An admin adds a reviewer, who signs in with the one-time password and replaces it on /account.

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, "axe: serious or critical violations").toEqual([]);
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
}

test("an admin adds a reviewer, who signs in with the temporary password and changes it", async ({ page, request }) => {
  const email = `nia.${Date.now()}@example.test`;
  await signIn(page, ADMIN, "/settings/users");
  await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
  const own = page.getByTestId("user-row").filter({ hasText: ADMIN.email });
  await expect(own).toContainText("You");
  await expect(own.getByRole("button")).toHaveCount(0);

  await page.getByLabel("Name", { exact: true }).fill("Nia Newcomer");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await expect(page.getByLabel("Role", { exact: true }).locator("option")).toHaveText(["Reviewer", "Admin", "Operator"]);
  await page.getByLabel("Role", { exact: true }).selectOption("reviewer");
  await page.getByRole("button", { name: "Add user" }).click();

  const temporary = (await page.getByTestId("temporary-password").textContent())!.trim();
  expect(temporary.length).toBeGreaterThanOrEqual(12);
  const row = page.getByTestId("user-row").filter({ hasText: email });
  await expect(row).toContainText("Nia Newcomer");
  await expect(row).toContainText("Active");
  await expect(row.getByRole("combobox", { name: "Role of Nia Newcomer" })).toHaveValue("reviewer");
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenshotPath("users"), fullPage: true });

  await page.getByRole("button", { name: "I have handed it over" }).click();
  await expect(page.getByTestId("temporary-password")).toHaveCount(0);
  await signOut(page);

  await signIn(page, { email, password: temporary }, "/account");
  await expect(page.getByTestId("signed-in-user")).toHaveText("Nia Newcomer");
  await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();
  const newPassword = "violet kestrel under the bridge";
  await page.getByLabel("Current password").fill("not the password at all");
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("Confirm new password").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("The current password is not correct");

  await page.getByLabel("Current password").fill(temporary);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("form").getByRole("status")).toContainText("Password changed.");
  await expectNoSeriousA11yViolations(page);
  await signOut(page);

  const old = await request.post("/api/v1/auth/session", { data: { email, password: temporary } });
  expect(old.status()).toBe(401);
  await signIn(page, { email, password: newPassword }, "/account");
  await expect(page.getByTestId("signed-in-user")).toHaveText("Nia Newcomer");
});

test("an admin changes a user's role, disables and re-enables them, and resets their password", async ({ page, request }) => {
  const email = `omar.${Date.now()}@example.test`;
  await signIn(page, ADMIN, "/settings/users");
  await page.getByLabel("Name", { exact: true }).fill("Omar Other");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Add user" }).click();
  const first = (await page.getByTestId("temporary-password").textContent())!.trim();
  await page.getByRole("button", { name: "I have handed it over" }).click();
  const row = page.getByTestId("user-row").filter({ hasText: email });
  const status = page.getByRole("region", { name: "Users" }).getByRole("status");

  await row.getByRole("combobox", { name: "Role of Omar Other" }).selectOption("admin");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(status).toHaveText("Omar Other is now admin.");
  await expect(row.getByRole("button", { name: "Change role" })).toHaveCount(0);

  await row.getByRole("button", { name: "Disable Omar Other" }).click();
  await row.getByRole("button", { name: "Disable and sign out “Omar Other”" }).click();
  await expect(row).toContainText("Disabled");
  await expect(status).toHaveText("Omar Other is disabled and signed out.");
  expect((await request.post("/api/v1/auth/session", { data: { email, password: first } })).status()).toBe(401);
  await row.getByRole("button", { name: "Enable Omar Other" }).click();
  await expect(row).toContainText("Active");

  await row.getByRole("button", { name: "Reset the password of Omar Other" }).click();
  await row.getByRole("button", { name: "Reset “Omar Other”'s password" }).click();
  await expect(page.getByRole("heading", { name: "Omar Other's password was reset" })).toBeVisible();
  const second = (await page.getByTestId("temporary-password").textContent())!.trim();
  expect(second).not.toBe(first);
  expect((await request.post("/api/v1/auth/session", { data: { email, password: first } })).status()).toBe(401);
  expect((await request.post("/api/v1/auth/session", { data: { email, password: second } })).status()).toBe(200);
});

test("the account link in the navigation opens the account page", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.getByRole("link", { name: "Account" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("link", { name: "Account" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText(ADMIN.email).first()).toBeVisible();
});
