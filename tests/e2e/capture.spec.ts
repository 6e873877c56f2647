import fs from "node:fs";
import path from "node:path";
import { devices, expect, test, type Browser, type Page } from "@playwright/test";
import { ADMIN, screenshotPath } from "./support/console";

// The capture app on a phone (Chromium emulating a Pixel 7 at 390 px, with touch) against the
// production build and the real pipeline: a photo taken through the camera input becomes a
// conversation in which the agents work, a question is asked and answered, and the decision
// arrives; a photo taken offline waits on the phone and is sent when the connection is back.

const { defaultBrowserType: _chromiumAnyway, ...pixel7 } = devices["Pixel 7"];
test.use({ ...pixel7, viewport: { width: 390, height: 844 } });

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A photo of a printed receipt, rendered by the browser: each one unique, so none is a duplicate. */
async function photoOf(browser: Browser, text: string): Promise<Buffer> {
  const paper = await browser.newPage({ viewport: { width: 560, height: 400 }, deviceScaleFactor: 1 });
  try {
    const lines = text.trim().split("\n").map((line) => `<p>${line.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`);
    await paper.setContent(`<!doctype html><style>body{font:22px "DejaVu Sans Mono",monospace;margin:24px;background:#fff;color:#000}p{margin:0 0 6px;white-space:pre}</style>${lines.join("")}`);
    return await paper.screenshot({ fullPage: true });
  } finally {
    await paper.close();
  }
}

/** The whole thread; from the top, where the sticky header belongs in a full-page picture. */
async function fullPageShot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath(name), fullPage: true, animations: "disabled" });
}

async function signInToCapture(page: Page) {
  await page.goto("/capture");
  await expect(page.getByRole("heading", { name: "Sieve capture" })).toBeVisible();
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).tap();
  await expect(page.getByRole("heading", { name: "Recent documents" })).toBeVisible({ timeout: 30_000 });
}

test("a photo through the camera input: the agents work in the thread, the question is answered there and the decision follows", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signInToCapture(page);
  await page.screenshot({ path: screenshotPath("capture-home-390") });

  // Two totals the subtotal cannot settle: the pipeline asks the person who paid.
  const text = fs.readFileSync(path.resolve("tests/fixtures/documents/competing-totals.txt"), "utf8") + `REF ${unique()}\n`;
  const filename = `two-totals-${unique()}.png`;
  await page.getByTestId("camera-input").setInputFiles({ name: filename, mimeType: "image/png", buffer: await photoOf(browser, text) });

  const thread = page.getByTestId("thread");
  await expect(thread.getByText(`Sent ${filename}`)).toBeVisible();
  await expect(thread.getByRole("img", { name: `Photo of ${filename}` })).toBeVisible();
  await expect(thread.getByTestId("thread-agents")).toBeVisible({ timeout: 60_000 });
  const question = thread.getByTestId("thread-question");
  await expect(question).toContainText("120.00", { timeout: 60_000 });
  await expect(question).toContainText("102.00");
  await expect(thread).toHaveAttribute("data-status", "waiting_for_answer");
  await fullPageShot(page, "capture-question-390");

  await question.getByRole("button", { name: "102.00" }).tap();
  await expect(thread.getByTestId("thread-answer")).toHaveText("102.00");
  const decision = thread.getByTestId("thread-decision");
  await expect(decision).toBeVisible({ timeout: 60_000 });
  await expect(decision).toContainText(/Approved|Sent to a reviewer/);
  await expect(thread.getByTestId("thread-fields").locator("dd").filter({ hasText: "102.00" }).first()).toBeVisible();
  await fullPageShot(page, "capture-decision-390");

  await page.getByRole("button", { name: "← Documents" }).tap();
  await expect(page.getByTestId("recent-documents").getByRole("button").filter({ hasText: filename })).toBeVisible();
});

test("a photo taken offline waits on the phone and is sent when the connection is back; its run appears", async ({ page, context, browser }) => {
  test.setTimeout(90_000);
  await signInToCapture(page);
  const filename = `offline-receipt-${unique()}.png`;
  const photo = await photoOf(browser, fs.readFileSync(path.resolve("tests/fixtures/documents/receipt.txt"), "utf8") + `REF ${unique()}\n`);

  await context.setOffline(true);
  await expect(page.getByTestId("offline-banner")).toBeVisible();
  await page.getByTestId("camera-input").setInputFiles({ name: filename, mimeType: "image/png", buffer: photo });
  await expect(page.getByTestId("capture-notice")).toContainText(`You are offline: ${filename} is saved`);
  await expect(page.getByTestId("offline-queue").getByRole("listitem").filter({ hasText: filename })).toContainText("queued");
  await fullPageShot(page, "capture-offline-390");

  await context.setOffline(false);
  await expect(page.getByTestId("capture-notice")).toHaveText(`Back online: ${filename} was sent.`, { timeout: 30_000 });
  await expect(page.getByTestId("offline-queue")).toHaveCount(0);
  const sent = page.getByTestId("recent-documents").getByRole("button").filter({ hasText: filename });
  await expect(sent).toBeVisible();
  await sent.tap();
  await expect(page.getByTestId("thread").getByText(`Sent ${filename}`)).toBeVisible();
  await expect(page.getByTestId("thread-agents")).toBeVisible({ timeout: 60_000 });
});
