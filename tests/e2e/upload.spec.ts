import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { pageWidth, seriousA11yViolations, smallTouchTargets } from "./support/a11y";
import { ADMIN, screenshotPath, signIn } from "./support/console";

// Uploading from the console in Chromium against the production build and the real pipeline: a
// scan, a PDF and a DOCX picked together, each with its transfer progress and then its live run;
// the same file again is a duplicate, and a file Sieve does not read is refused with the reason.

const fixture = (name: string) => path.resolve("tests/fixtures/documents", name);
const card = (page: Page, filename: string) => page.getByTestId("upload-card").and(page.locator(`[data-filename="${filename}"]`));

test("a scan, a PDF and a DOCX picked in the console each show their transfer, then the run reading, the agents and the decision", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, ADMIN, "/upload");
  await expect(page.getByRole("heading", { name: "Upload documents" })).toBeVisible();
  // A slow uplink, so the transfer is seen in flight and not only at 100 %.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 24 * 1024 });

  await page.locator("#upload-files").setInputFiles([fixture("receipt.png"), fixture("invoice.pdf"), fixture("receipt.docx")]);
  const scan = card(page, "receipt.png");
  const progress = scan.getByRole("progressbar", { name: "Upload of receipt.png" });
  await expect(progress).toHaveAttribute("aria-valuenow", /^([1-9]|[1-9]\d)$/);
  await expect(scan).toContainText(/\d+%/);
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

  for (const filename of ["receipt.png", "invoice.pdf", "receipt.docx"]) {
    const upload = card(page, filename);
    await expect(upload).toHaveAttribute("data-state", "accepted");
    await expect(upload.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");
    await expect(upload).toContainText("sent");
    // The live run: reading, then the five agents, then the decision with its reasons.
    const run = upload.getByTestId("run-progress");
    await expect(run.getByTestId("step-reading")).toHaveAttribute("data-state", "succeeded", { timeout: 60_000 });
    await expect(run.getByTestId("run-decision")).toBeVisible({ timeout: 60_000 });
    await expect(run.getByRole("list", { name: "Pipeline" }).locator('[data-state="succeeded"]')).not.toHaveCount(0);
    await expect(run.getByTestId("stream-field").first()).toBeVisible();
    await expect(upload.getByRole("link", { name: "Trace" })).toHaveAttribute("href", /^\/runs\/\w+$/);
  }
  await expect(card(page, "receipt.png").getByTestId("step-reading")).toContainText(/ocr|image|page/i);
  await expect(card(page, "invoice.pdf").getByTestId("stream-field").filter({ hasText: "321.18" })).toBeVisible();
  await expect(card(page, "receipt.docx").getByTestId("stream-field").filter({ hasText: "20.00" })).toBeVisible();
  await page.screenshot({ path: screenshotPath("upload-runs"), fullPage: true });

  // The same scan again: no second document, the earlier run instead, and the page says so.
  await page.locator("#upload-files").setInputFiles(fixture("receipt.png"));
  const again = page.getByTestId("upload-card").first();
  await expect(again).toHaveAttribute("data-filename", "receipt.png");
  await expect(again.getByTestId("upload-duplicate")).toContainText("Already uploaded: this exact file arrived before");
  await expect(again.getByTestId("run-decision")).toBeVisible();

  // A GIF is not a document Sieve reads: refused before any run, with the reason.
  await page.locator("#upload-files").setInputFiles(fixture("animation.gif"));
  const refused = card(page, "animation.gif");
  await expect(refused).toHaveAttribute("data-state", "refused");
  await expect(refused.getByRole("alert")).toContainText("Not a file type Sieve reads:");
  await expect(refused).toContainText("refused");
  await expect(refused.getByTestId("run-progress")).toHaveCount(0);
  await page.screenshot({ path: screenshotPath("upload-duplicate-refused"), fullPage: true });
  expect(await seriousA11yViolations(page), "axe: serious or critical").toEqual([]);

  // The same cards in a phone-wide window: nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(async () => (await pageWidth(page)).innerWidth).toBe(390);
  const { scrollWidth } = await pageWidth(page);
  expect(scrollWidth, "page width at 390 px").toBeLessThanOrEqual(390);
  expect(await smallTouchTargets(page), "touch targets under 44 × 44 px").toEqual([]);
  await page.screenshot({ path: screenshotPath("upload-runs-390"), fullPage: true, animations: "disabled" });
});
