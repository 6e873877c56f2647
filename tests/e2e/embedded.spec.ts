import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { ADMIN, signIn } from "./support/console";

test("with nothing configured the app serves the console from its embedded database", async ({ page, request }) => {
  const ready = await (await request.get("/api/v1/ready")).json();
  expect(ready.checks.map((c: { name: string }) => c.name)).toEqual(["database", "cache:memory"]);
  expect(ready.ready).toBe(true);
  await signIn(page, ADMIN);
  await expect(page.getByRole("heading", { name: "Welcome, Ada Admin" })).toBeVisible();
});

test("with nothing configured a scanned receipt is read offline and decided by the local engine", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, ADMIN);
  const csrf = await page.locator('meta[name="csrf-token"]').getAttribute("content");
  const upload = await page.request.post("/api/v1/documents", {
    headers: { "x-csrf-token": csrf! },
    multipart: { file: { name: "receipt.png", mimeType: "image/png", buffer: fs.readFileSync("tests/fixtures/documents/receipt.png") } },
  });
  expect(upload.status()).toBe(202);
  const { documentId } = await upload.json();

  let detail: { status: string; latestRun: { fields: { name: string; value: string | null }[] } | null } | undefined;
  await expect
    .poll(
      async () => {
        detail = await (await page.request.get(`/api/v1/documents/${documentId}`)).json();
        return detail!.status;
      },
      { timeout: 90_000, intervals: [250, 500, 1000] },
    )
    .toMatch(/^(approved|needs_review|waiting_for_answer)$/);
  const fields = Object.fromEntries(detail!.latestRun!.fields.map((f) => [f.name, f.value]));
  // The PNG is a rendered receipt (tests/fixtures/documents/generate-fixtures.ts): OCR with the
  // bundled English model, then the local engine, with no model service and no network.
  expect(fields.total).toBe("23.50");
  expect(fields.date).toBe("2019-01-02");
});
