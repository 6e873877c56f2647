import { devices, expect, test, type Locator, type Page } from "@playwright/test";
import { ADMIN, screenshotPath, signIn } from "./support/console";
import { pageWidth, seriousA11yViolations, smallTouchTargets } from "./support/a11y";
import { e2eDb } from "./support/db";
import { seedReviewDocument } from "../integration/review/support/seed-review";
import { seedSpend } from "../integration/spend/spend-seed";
import { seedTracedRun } from "../integration/traces/trace-seed";

// Every console page and the capture app at a desktop width and at a phone's 390 px (touch,
// mobile viewport): the page never scrolls sideways, axe finds nothing serious, and on the phone
// every control is a 44 px touch target. Each page's screenshot goes to tests/artifacts/screenshots/.

const db = e2eDb();
test.afterAll(async () => db.$disconnect());

let reviewDocumentId: string;
let tracedRunId: string;

test.beforeAll(async () => {
  const admin = await db.user.findUniqueOrThrow({ where: { email: ADMIN.email } });
  const tenantId = admin.tenantId;
  const hour = 3_600_000;
  const now = Date.now();
  const stamp = now.toString(36);
  const review = await seedReviewDocument(db, { tenantId, filename: `receipt-maju-jaya-${stamp}.jpg`, reason: "validation_failed", priority: 60, confidence: 0.62 });
  reviewDocumentId = review.document.id;
  await seedReviewDocument(db, { tenantId, filename: `invoice-northwind-${stamp}.pdf`, docType: "invoice", reason: "low_confidence", priority: 40, createdAt: new Date(now - 5 * hour) });
  await seedReviewDocument(db, {
    tenantId,
    filename: `receipt-two-totals-${stamp}.txt`,
    reason: "open_question",
    runStatus: "waiting_for_answer",
    question: { prompt: "The receipt shows two totals. Which one did you pay?", options: ["120.00", "102.00"] },
  });
  const token = await db.apiToken.create({ data: { tenantId, name: "Mobile app", prefix: `lay${stamp.slice(-5)}`, tokenHash: `layout-${stamp}`, scopes: ["upload", "read", "answer"] } });
  await seedSpend(db, { tenantId, runs: 300, from: new Date(now - 3 * 24 * hour), to: new Date(now - 60_000), tokenIds: [token.id, null], seed: 17 });
  // One alert open and one acknowledged: the spend page shows both states.
  for (const acknowledged of [false, true]) {
    await db.spendAlert.create({
      data: {
        kind: "spend_anomaly",
        dedupeKey: `layout:${stamp}:${acknowledged}`,
        tenantId,
        message: `Model spend of $${acknowledged ? "2.10" : "4.80"} in the hour from ${acknowledged ? "07" : "09"}:00 UTC is far above its baseline of $0.35 an hour`,
        observedMicros: acknowledged ? 2_100_000n : 4_800_000n,
        baselineMicros: 350_000n,
        deliveryStatus: "delivered",
        deliveredAt: new Date(),
        deliveryAttempts: 1,
        ...(acknowledged && { acknowledgedAt: new Date(), acknowledgedById: admin.id }),
      },
    });
  }
  tracedRunId = (await seedTracedRun(db, { tenantId, apiTokenId: token.id, start: new Date(now - 5 * 60_000), questionWaitMs: 73_000 })).run.id;
});

// The API reference is one long page (tens of thousands of pixels): its picture is the first screen.
type Screen = { name: string; path: () => string; ready: (page: Page) => Locator; fullPage?: false };

const heading = (name: string | RegExp) => (page: Page) => page.getByRole("heading", { level: 1, name });

const consoleScreens: Screen[] = [
  { name: "overview", path: () => "/", ready: heading(/^Welcome/) },
  { name: "upload", path: () => "/upload", ready: (page) => page.getByTestId("dropzone") },
  { name: "queue", path: () => "/queue", ready: (page) => page.getByTestId("queue-row").first() },
  { name: "review", path: () => `/documents/${reviewDocumentId}`, ready: (page) => page.locator("[data-ready]") },
  { name: "vendors", path: () => "/vendors", ready: heading("Vendors") },
  { name: "runs", path: () => "/runs", ready: (page) => page.getByTestId("run-table") },
  { name: "run-trace", path: () => `/runs/${tracedRunId}`, ready: (page) => page.getByTestId("waterfall") },
  { name: "spend", path: () => "/spend", ready: (page) => page.getByTestId("chart-cost").locator(".recharts-bar-rectangle").first() },
  { name: "budgets", path: () => "/settings/budgets", ready: heading("Budgets") },
  { name: "pipeline-settings", path: () => "/settings/pipeline", ready: heading("Pipeline settings") },
  { name: "users", path: () => "/settings/users", ready: (page) => page.getByTestId("user-row").first() },
  { name: "tokens", path: () => "/settings/tokens", ready: (page) => page.getByTestId("token-row").first() },
  { name: "api-docs", path: () => "/api-docs", ready: heading(/API/), fullPage: false },
  { name: "account", path: () => "/account", ready: heading("Account") },
  { name: "capture", path: () => "/capture", ready: (page) => page.getByRole("heading", { name: "Recent documents" }) },
];

const { defaultBrowserType: _chromiumAnyway, ...pixel7 } = devices["Pixel 7"];
const widths = [
  { width: 1440, use: { viewport: { width: 1440, height: 900 } }, touch: false },
  { width: 390, use: { ...pixel7, viewport: { width: 390, height: 844 } }, touch: true },
];

async function check(page: Page, name: string, width: number, touch: boolean, fullPage = true) {
  const where = `${name} at ${width} px`;
  const { scrollWidth, innerWidth } = await pageWidth(page);
  expect.soft(scrollWidth, `${where}: the page is ${scrollWidth} px wide in a ${innerWidth} px window`).toBeLessThanOrEqual(innerWidth);
  expect.soft(await seriousA11yViolations(page), `${where}: axe, serious or critical`).toEqual([]);
  if (touch) expect.soft(await smallTouchTargets(page), `${where}: touch targets under 44 × 44 px`).toEqual([]);
  // From the top, where the sticky bar belongs in a full-page picture (the review screen scrolls to its active field).
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath(`${name}-${width}`), fullPage, scale: "css", animations: "disabled" });
}

for (const { width, use, touch } of widths) {
  test.describe(`at ${width} px`, () => {
    test.use(use);

    test(`signed out: sign-in pages at ${width} px`, async ({ page }) => {
      await page.goto("/signin");
      await expect(page.getByRole("heading", { name: "Sign in to Sieve" })).toBeVisible();
      await check(page, "signin", width, touch);
      await page.goto("/capture");
      await expect(page.getByRole("heading", { name: "Sieve capture" })).toBeVisible();
      await check(page, "capture-signin", width, touch);
    });

    test(`every console page and the capture app at ${width} px`, async ({ page }) => {
      // Fifteen pages, each checked by axe; the API reference alone takes a minute on a busy machine.
      test.setTimeout(240_000);
      await signIn(page, ADMIN);
      for (const screen of consoleScreens) {
        await page.goto(screen.path());
        await expect(screen.ready(page), screen.name).toBeVisible();
        await check(page, screen.name, width, touch, screen.fullPage);
      }
      if (!touch) return;
      // On the phone the navigation is a menu behind one button: open, it must fit too.
      await page.goto("/queue");
      await page.getByRole("button", { name: "Menu" }).click();
      await expect(page.getByRole("link", { name: "API docs" })).toBeVisible();
      await check(page, "nav-menu", width, touch);
    });
  });
}
