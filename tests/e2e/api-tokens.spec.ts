import { expect, test } from "@playwright/test";
import { ADMIN, REVIEWER, screenshotPath, signIn } from "./support/console";

test("an admin creates a token, sees its secret once, uses it, and revokes it", async ({ page, request }) => {
  await signIn(page, ADMIN, "/settings/tokens");
  await expect(page.getByRole("heading", { name: "API tokens", level: 1 })).toBeVisible();
  const name = `Android app ${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByRole("checkbox", { name: /answer/ }).uncheck();
  await page.getByRole("button", { name: "Create token" }).click();

  const secret = (await page.getByTestId("new-token-secret").textContent())!;
  expect(secret).toMatch(/^sv_[a-z0-9]{8}_/);
  const row = page.getByTestId("token-row").filter({ hasText: name });
  await expect(row).toContainText("Active");
  await expect(row).toContainText("upload");
  await expect(row).not.toContainText("answer");
  await page.screenshot({ path: screenshotPath("api-tokens-created"), fullPage: true });

  const listed = await request.get("/api/v1/documents", { headers: { authorization: `Bearer ${secret}` } });
  expect(listed.status()).toBe(200);
  expect(listed.headers()["ratelimit-limit"]).toBeTruthy();

  await page.getByRole("button", { name: "I have stored it" }).click();
  await expect(page.getByTestId("new-token-secret")).toHaveCount(0);
  await page.reload();
  await expect(page.getByText(secret)).toHaveCount(0);

  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await row.getByRole("button", { name: `Revoke “${name}”` }).click();
  await expect(row).toContainText("Revoked");
  const refused = await request.get("/api/v1/documents", { headers: { authorization: `Bearer ${secret}` } });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe("unauthenticated");
});

test("a reviewer cannot manage tokens", async ({ page }) => {
  await signIn(page, REVIEWER);
  await page.goto("/settings/tokens");
  await expect(page).not.toHaveURL(/\/settings\/tokens/);
  await expect(page.getByRole("heading", { name: "API tokens" })).toHaveCount(0);
});

test("the API docs page renders every endpoint from the OpenAPI document, offline", async ({ page, request }) => {
  const external: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith("http://127.0.0.1")) external.push(r.url());
  });
  await signIn(page, ADMIN, "/api-docs");
  await expect(page.getByRole("heading", { name: /Sieve API/, level: 1 })).toBeVisible();
  const document = await (await request.get("/api/v1/openapi.json")).json();
  const operations = Object.values(document.paths as Record<string, Record<string, { operationId: string }>>).flatMap((item) => Object.values(item));
  for (const operation of operations) await expect(page.locator(`#op-${operation.operationId}`)).toBeVisible();
  await page.locator("#op-getDocument").scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath("api-docs"), fullPage: false });
  expect(external).toEqual([]);
});
