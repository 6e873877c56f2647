import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, REVIEWER, screenshotPath, signIn } from "./support/console";
import { e2eDb } from "./support/db";
import { seedSpend } from "../integration/spend/spend-seed";
import { seedTracedRun } from "../integration/traces/trace-seed";

// The spend dashboard, budgets and run traces in Chromium against the production build, over
// thousands of seeded runs; screenshots go to tests/artifacts/screenshots/.

const db = e2eDb();
test.afterAll(async () => db.$disconnect());

const HOUR = 3_600_000;
const now = Date.now();
const to = new Date(Math.ceil(now / HOUR) * HOUR);
const from = new Date(to.getTime() - 3 * 24 * HOUR);
let tenantId: string;
let tracedRunId: string;
let tracedFilename: string;

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, "axe: serious or critical violations").toEqual([]);
}

const usd2 = (micros: number) => `$${(micros / 1_000_000).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

test.beforeAll(async () => {
  tenantId = (await db.user.findUniqueOrThrow({ where: { email: ADMIN.email } })).tenantId;
  const tokens = await Promise.all(
    ["Mobile app", "Back office", "Partner import"].map((name, i) =>
      db.apiToken.create({ data: { tenantId, name, prefix: `sv_e2e${i}${Math.random().toString(36).slice(2, 6)}`, tokenHash: `e2e-${i}-${Math.random()}`, scopes: ["upload", "read"] } }),
    ),
  );
  await seedSpend(db, { tenantId, runs: 2500, from, to: new Date(now - 60_000), tokenIds: [...tokens.map((t) => t.id), null], seed: 21 });
  // Its question waited 1 min 13 s for an answer.
  const traced = await seedTracedRun(db, { tenantId, apiTokenId: tokens[0]!.id, start: new Date(now - 5 * 60_000), questionWaitMs: 73_000 });
  tracedRunId = traced.run.id;
  tracedFilename = traced.document.filename;
  // Seeding three days of history is an import: hours the running server already rolled up are
  // rebuilt from ModelCall (until its next pass, reports read ModelCall directly).
  await db.spendHour.deleteMany();
  await db.spendRollupState.deleteMany();
  await db.spendAlert.create({
    data: {
      kind: "spend_anomaly",
      dedupeKey: `e2e:spike:${now}`,
      tenantId,
      message: "Model spend of $4.80 in the hour from 09:00 UTC is far above its baseline of $0.35 an hour",
      observedMicros: 4_800_000n,
      baselineMicros: 350_000n,
      deliveryStatus: "delivered",
      deliveredAt: new Date(),
      deliveryAttempts: 1,
    },
  });
});

test("an admin reads spend by model, agent, document type and token, and acknowledges an alert", async ({ page }) => {
  const query = new URLSearchParams({ from: from.toISOString(), to: to.toISOString(), granularity: "hour", by: "model" });
  await signIn(page, ADMIN, `/spend?${query}`);
  await expect(page.getByRole("heading", { name: "Spend", exact: true })).toBeVisible();
  await expect(page.getByTestId("chart-cost").locator(".recharts-bar-rectangle").first()).toBeVisible();

  const [{ total }] = await db.$queryRawUnsafe<Array<{ total: bigint }>>(
    `SELECT coalesce(sum("costMicros"), 0)::bigint total FROM "ModelCall" WHERE "tenantId" = $1 AND "createdAt" >= $2::timestamptz AT TIME ZONE 'UTC' AND "createdAt" < $3::timestamptz AT TIME ZONE 'UTC'`,
    tenantId,
    from.toISOString(),
    to.toISOString(),
  );
  await expect(page.getByTestId("spend-summary")).toContainText(usd2(Number(total)));
  for (const name of ["By model", "By agent", "By document type", "By API token"]) await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Spend by API token" })).toContainText("Mobile app");
  await expect(page.getByRole("region", { name: "Spend by document type" })).toContainText("invoice");

  const alerts = page.getByTestId("alerts-panel");
  await expect(alerts).toContainText("far above its baseline");
  await page.screenshot({ path: screenshotPath("spend"), fullPage: true });
  await expectNoSeriousA11yViolations(page);

  const clickedAt = new Date();
  await alerts.getByRole("button", { name: "Acknowledge" }).first().click();
  await expect(alerts.getByText("acknowledged").first()).toBeVisible();
  // The word on screen is not the record: the database must name who acknowledged it, and when.
  const admin = await db.user.findUniqueOrThrow({ where: { email: ADMIN.email } });
  await expect
    .poll(() => db.spendAlert.count({ where: { tenantId, acknowledgedById: admin.id, acknowledgedAt: { gte: new Date(clickedAt.getTime() - 5_000) } } }))
    .toBe(1);

  await page.getByLabel("Cost by").selectOption("agent");
  await expect(page.getByTestId("chart-cost")).toContainText("extraction");
  await expect(page).toHaveURL(/by=agent/);
});

test("an admin sets a daily tenant cap and sees its usage", async ({ page }) => {
  await signIn(page, ADMIN, "/settings/budgets");
  await page.getByLabel("Applies to").selectOption("tenant");
  await page.getByLabel("Period").selectOption("month");
  await page.getByLabel("Limit (USD)").fill("40");
  await page.getByRole("button", { name: "Add cap" }).click();
  const row = page.getByTestId("budget-table").getByRole("row", { name: /This tenant/ });
  await expect(row).toContainText("$40.00");
  await expect(row.getByRole("meter")).toBeVisible();
  await page.screenshot({ path: screenshotPath("budgets"), fullPage: true });
  await expectNoSeriousA11yViolations(page);
  const budget = await db.budget.findFirstOrThrow({ where: { scope: "tenant", scopeId: tenantId, period: "month" } });
  expect(Number(budget.limitMicros)).toBe(40_000_000);
});

test("a tenant admin sees the caps that bind every tenant but only the operator may change them", async ({ page }) => {
  const operator = await db.user.findUniqueOrThrow({ where: { email: ADMIN.email } });
  const email = `tenant-admin-${now}@sieve.local`;
  await db.user.create({ data: { tenantId, email, name: "Tia Tenant-Admin", role: "admin", passwordHash: operator.passwordHash } });
  await signIn(page, { email, password: ADMIN.password }, "/settings/budgets");
  const runCaps = page.getByRole("region", { name: "Per-run cap" });
  await expect(runCaps).toContainText("Default per-run cap");
  await expect(runCaps.getByRole("button", { name: "Set" })).toHaveCount(0);
  await expect(page.getByLabel("Applies to").locator("option")).toHaveText(["This tenant", "One API token"]);
  await expect(page.getByRole("region", { name: "Alert webhook" })).toContainText("which its operator sets");
  await expect(page.getByLabel("Webhook URL")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Pipeline" }).click();
  await expect(page.getByLabel("Receipts")).toHaveAttribute("readonly", "");
  await expect(page.getByRole("button", { name: "Save settings" })).toHaveCount(0);
});

test("the operator tightens the receipts' auto-approve threshold, then puts the defaults back", async ({ page }) => {
  await signIn(page, ADMIN, "/settings/pipeline");
  const receipts = page.getByLabel("Receipts");
  await expect(receipts).toHaveValue("90");
  await receipts.fill("95");
  await page.getByLabel("Extraction").fill("101");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Extraction" })).toHaveText("Extraction: enter a percentage from 0 to 100");
  await page.getByLabel("Extraction").fill("");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toHaveText("Saved. New runs use these settings.");
  await expect(page.getByRole("heading", { name: "Auto-approval (changed)" })).toBeVisible();
  const stored = await db.setting.findUniqueOrThrow({ where: { key: "review.autoApproveThresholds" } });
  expect(stored.value).toEqual({ receipt: 0.95, invoice: 0.95, generic: 0.9 });
  await page.screenshot({ path: screenshotPath("pipeline-settings"), fullPage: true });
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Reset all to defaults" }).click();
  await expect(page.getByRole("heading", { name: "Auto-approval", exact: true })).toBeVisible();
  await expect(receipts).toHaveValue("90");
  expect(await db.setting.findUnique({ where: { key: "review.autoApproveThresholds" } })).toBeNull();
});

test("a reviewer finds a run by a field value and reads its waterfall", async ({ page }) => {
  await signIn(page, REVIEWER, "/runs");
  await page.getByLabel("Search").fill("INV-2026-0042");
  await page.getByRole("button", { name: "Apply" }).click();
  const table = page.getByTestId("run-table");
  await expect(table.getByRole("link", { name: tracedFilename })).toBeVisible();
  await expect(table).not.toContainText("doc-1.pdf");
  await table.getByRole("link", { name: tracedFilename }).click();
  await expect(page).toHaveURL(new RegExp(`/runs/${tracedRunId}$`));

  const waterfall = page.getByTestId("waterfall");
  await expect(waterfall).toContainText("6 model call attempts");
  await waterfall.getByRole("button", { name: /gpt-4\.1-mini \(rate_limited\)/ }).click();
  await expect(page.getByTestId("span-details")).toContainText("429 Too Many Requests");
  await waterfall.getByRole("button", { name: /extraction llm/ }).click();
  await expect(page.getByTestId("span-details")).toContainText("total confidence 0.41 below 0.80");

  // The minute spent waiting for an answer is a bar of its own, drawn as a break in the time axis.
  await expect(waterfall.getByTestId("wait-bar")).toHaveText("waiting for answer 1 min 13 s");
  await expect(waterfall.getByText("≈ 1 min 13 s")).toBeVisible();
  // The step's output is a tree, open two levels deep; a summary folds and unfolds by keyboard or click.
  const output = page.getByRole("list", { name: "Step output" });
  const invoiceNumber = output.locator("summary").filter({ hasText: /^invoiceNumber:/ });
  await expect(invoiceNumber).toBeVisible();
  await expect(output.getByText('"INV-2026-0042"')).toBeHidden();
  await invoiceNumber.press("Enter");
  await expect(output.getByText('"INV-2026-0042"')).toBeVisible();
  await output.locator("summary").filter({ hasText: /^fields:/ }).click();
  await expect(invoiceNumber).toBeHidden();
  await page.screenshot({ path: screenshotPath("run-waterfall"), fullPage: true });
  await expectNoSeriousA11yViolations(page);
});
