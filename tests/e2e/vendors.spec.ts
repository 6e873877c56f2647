import { devices, expect, test, type Page } from "@playwright/test";
import { REVIEWER, screenshotPath, signIn } from "./support/console";
import { pageWidth, seriousA11yViolations, smallTouchTargets } from "./support/a11y";
import { e2eDb } from "./support/db";
import { seedReviewDocument } from "../integration/review/support/seed-review";

// A reviewer on a phone follows the review screen's "known vendor" badge to the vendor, corrects
// it (an invalid IBAN is refused), merges a duplicate record into it, and finds the result in the
// vendor list: at 390 px, keyboard- and thumb-sized, with nothing serious for axe.

const db = e2eDb();
test.afterAll(async () => db.$disconnect());

const { defaultBrowserType: _chromiumAnyway, ...pixel7 } = devices["Pixel 7"];
test.use({ ...pixel7, viewport: { width: 390, height: 844 } });

async function check(page: Page, name: string) {
  const { scrollWidth, innerWidth } = await pageWidth(page);
  expect.soft(scrollWidth, `${name}: the page is ${scrollWidth} px wide in a ${innerWidth} px window`).toBeLessThanOrEqual(innerWidth);
  expect.soft(await seriousA11yViolations(page), `${name}: axe, serious or critical`).toEqual([]);
  expect.soft(await smallTouchTargets(page), `${name}: touch targets under 44 × 44 px`).toEqual([]);
  // From the top, where the sticky bar belongs in a full-page picture.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath(`${name}-390`), fullPage: true, scale: "css", animations: "disabled" });
}

test("a reviewer edits a vendor from the review screen and merges its duplicate", async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36).toUpperCase();
  const tenantId = (await db.user.findUniqueOrThrow({ where: { email: REVIEWER.email } })).tenantId;
  const name = `NORTHWIND TRADING ${stamp}`;
  const duplicateName = `N0RTHWIND TRAD1NG ${stamp}`;
  const vendor = await db.vendor.create({ data: { tenantId, name, approvedDocuments: 3, docTypes: { invoice: 3 } } });
  const duplicate = await db.vendor.create({ data: { tenantId, name: duplicateName, approvedDocuments: 2, docTypes: { invoice: 2 }, currency: "EUR" } });
  const review = await seedReviewDocument(db, { tenantId, filename: `northwind-${stamp}.txt`, docType: "invoice" });
  await db.vendorRun.create({ data: { runId: review.run.id, tenantId, documentId: review.document.id, vendorId: vendor.id, matchedBy: "name", approvedDocuments: 3 } });

  await signIn(page, REVIEWER, `/documents/${review.document.id}`);
  await page.getByRole("link", { name: "known vendor (3 approved documents)" }).click();
  await expect(page).toHaveURL(new RegExp(`/vendors/${vendor.id}$`));
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await page.getByLabel("Address").fill("1 Harbour Road, Seattle");
  await page.getByLabel("IBAN").fill("DE89 3704 0044 0532 0130 01");
  await page.getByRole("button", { name: "Save vendor" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("fails its checksum");
  expect(await db.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).toMatchObject({ address: null, iban: null, version: 0 });

  await page.getByLabel("IBAN").fill("DE89 3704 0044 0532 0130 00");
  await page.getByLabel("IBAN").press("Enter");
  await expect(page.getByTestId("vendor-notice")).toContainText("Saved.");
  await expect(page.getByLabel("IBAN")).toHaveValue("DE89370400440532013000");
  expect(await db.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).toMatchObject({ address: "1 Harbour Road, Seattle", iban: "DE89370400440532013000", version: 1 });
  await check(page, "vendor");

  await page.getByLabel("Find the duplicate").fill(stamp);
  const choice = page.getByLabel("Duplicate", { exact: true });
  await expect(choice.locator("option", { hasText: duplicateName })).toHaveCount(1);
  await choice.selectOption({ label: `${duplicateName} (2)` });
  await page.getByRole("button", { name: "Merge…" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText(`Merge “${duplicateName}” (2 approved documents) into “${name}”?`);
  await check(page, "vendor-merge-confirm");
  // The confirmation takes the focus: Enter merges.
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("vendor-notice")).toContainText(`Merged “${duplicateName}”`);
  await expect(page.getByTestId("vendor-approved")).toHaveText("5");
  await expect(page.getByTestId("vendor-aliases")).toContainText(duplicateName);
  expect(await db.vendor.findUniqueOrThrow({ where: { id: duplicate.id } })).toMatchObject({ mergedIntoId: vendor.id });
  expect(await db.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).toMatchObject({ approvedDocuments: 5, currency: "EUR" });

  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Vendors" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vendors" })).toBeVisible();
  await page.getByLabel("Search by name").fill(stamp);
  const rows = page.getByTestId("vendor-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(name);
  await expect(rows.first()).toContainText("DE89370400440532013000");
  await check(page, "vendors");
});
