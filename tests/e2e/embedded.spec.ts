import { expect, test } from "@playwright/test";
import { ADMIN, signIn } from "./support/console";

test("with nothing configured the app serves the console from its embedded database", async ({ page, request }) => {
  const ready = await (await request.get("/api/v1/ready")).json();
  expect(ready.checks.map((c: { name: string }) => c.name)).toEqual(["database", "cache:memory"]);
  expect(ready.ready).toBe(true);
  await signIn(page, ADMIN);
  await expect(page.getByRole("heading", { name: "Welcome, Ada Admin" })).toBeVisible();
});
