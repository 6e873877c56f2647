import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, REVIEWER, screenshotPath, signIn } from "./support/console";
import { e2eDb } from "./support/db";
import { fieldMatches } from "@/lib/eval/field-comparison";
import { seedReviewDocument } from "../integration/review/support/seed-review";

// The review console end to end, in Debian's Chromium against the production build: a receipt
// scan uploaded and read by the real pipeline, the queue, claims (also racing from two browsers),
// corrections with stale-edit refusal, decisions, the audit trail, a question answered through the
// real pipeline, and accessibility.

const db = e2eDb();
test.afterAll(async () => db.$disconnect());

const receiptDir = path.resolve("../shared/data/receipts");
const unique = (label: string) => `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function demoTenantId() {
  return (await db.user.findUniqueOrThrow({ where: { email: ADMIN.email } })).tenantId;
}

/**
 * A review item seeded straight into the database with fixed fields and a misread total: a SROIE
 * scan's JPEG as the file and the competition's transcription as its text. Nothing here was read
 * by Sieve; it tests the reviewer's console (the upload test below covers reading a real scan).
 */
async function seedReviewItem(filename: string) {
  const tenantId = await demoTenantId();
  const jpg = path.join(receiptDir, "images/sroie-006.jpg");
  const truth = JSON.parse(fs.readFileSync(path.join(receiptDir, "sroie-006.json"), "utf8")) as { text: string };
  return seedReviewDocument(db, {
    tenantId,
    filename,
    mime: "image/jpeg",
    // Read unconditionally: a missing scan fails the test instead of turning it into a text review.
    bytes: fs.readFileSync(jpg),
    text: truth.text,
    priority: 40,
    confidence: 0.58,
    fields: [
      { name: "company", value: "SOON HUAT MACHINERY ENTERPRISE", confidence: 0.96 },
      { name: "date", value: "2019-01-11", confidence: 0.93 },
      { name: "address", value: "NO.53 JALAN PUTRA 1", confidence: 0.81 },
      { name: "total", value: "32.70", confidence: 0.41, flags: ["low_confidence", "not_in_document"] },
    ],
  });
}

/** Other work in the queue (and reviewed audit samples) so the screenshot shows a working day. */
async function seedQueueNeighbours() {
  const tenantId = await demoTenantId();
  const hour = 3_600_000;
  const others = [
    { filename: "invoice-northwind-0412.pdf", docType: "invoice", reason: "validation_failed" as const, priority: 60, confidence: 0.71, age: 5 * hour },
    { filename: "receipt-corner-cafe.jpg", docType: "receipt", reason: "prompt_injection" as const, priority: 90, confidence: 0.88, age: 26 * hour },
    { filename: "taxi-receipt-kl.png", docType: "receipt", reason: "audit_sample" as const, priority: 10, confidence: 0.97, age: 2 * hour },
  ];
  for (const o of others) {
    await seedReviewDocument(db, { tenantId, filename: unique(o.filename.replace(/\.\w+$/, "")) + o.filename.slice(o.filename.lastIndexOf(".")), docType: o.docType, reason: o.reason, priority: o.priority, confidence: o.confidence, createdAt: new Date(Date.now() - o.age) });
  }
  for (let i = 0; i < 12; i++) {
    const sample = await seedReviewDocument(db, { tenantId, reason: "audit_sample", priority: 10 });
    await db.reviewItem.update({ where: { id: sample.item.id }, data: { status: "resolved", resolution: i === 11 ? "rejected" : "approved", resolvedAt: new Date() } });
    if (i === 10) await db.fieldValue.updateMany({ where: { runId: sample.run.id, name: "total" }, data: { correctedValue: "102.00" } });
  }
}

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, "axe: serious or critical violations").toEqual([]);
}

/** Waits until the screen is hydrated, so its keyboard shortcuts are listening. */
const ready = (page: Page) => expect(page.locator("[data-ready]")).toBeVisible();

const queueRow = (page: Page, filename: string) => page.getByTestId("queue-row").filter({ hasText: filename });

test("a receipt scan uploaded through the API is read by the pipeline; the reviewer sees the scan, the text read from it and each field's evidence", async ({ page }) => {
  test.setTimeout(180_000);
  const scan = fs.readFileSync(path.join(receiptDir, "images/sroie-006.jpg"));
  const label = JSON.parse(fs.readFileSync(path.join(receiptDir, "sroie-006.json"), "utf8")) as { text: string; fields: Record<string, string> };
  const filename = unique("scan-sroie-006") + ".jpg";
  await signIn(page, REVIEWER, "/queue");
  const csrf = await page.locator('meta[name="csrf-token"]').getAttribute("content");
  const upload = await page.request.post("/api/v1/documents", {
    headers: { "x-csrf-token": csrf! },
    multipart: { file: { name: filename, mimeType: "image/jpeg", buffer: scan } },
  });
  expect(upload.status(), await upload.text()).toBe(202);
  const { documentId, runId, duplicate } = (await upload.json()) as { documentId: string; runId: string; duplicate: boolean };
  expect(duplicate).toBe(false);
  await expect
    .poll(async () => (await db.run.findUniqueOrThrow({ where: { id: runId } })).status, { timeout: 150_000, intervals: [500, 1000] })
    .toMatch(/^(approved|needs_review|waiting_for_answer)$/);

  // The text is what Sieve read off the JPEG, not the competition's transcription, and the paid total was found in it.
  const document = await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { text: true, mime: true } });
  const fields = await db.fieldValue.findMany({ where: { runId } });
  expect(document.mime).toBe("image/jpeg");
  expect(document.text?.trim()).toBeTruthy();
  expect(document.text).not.toBe(label.text);
  expect(fieldMatches("total", fields.find((f) => f.name === "total")?.value, label.fields.total)).toBe(true);

  await page.goto(`/documents/${documentId}`);
  await ready(page);
  // Fields with evidence on the page open the scan first (tests/e2e/highlight.spec.ts); the text is one tab away.
  await expect(page.getByRole("tab", { name: "Original file" })).toHaveAttribute("aria-selected", "true");
  await page.getByRole("tab", { name: "Text with evidence" }).click();
  await expect(page.getByTestId("document-text")).toHaveText(document.text!);
  const withEvidence = fields.filter((f) => f.sourceStart !== null && f.sourceEnd !== null);
  expect(withEvidence.map((f) => f.name)).toContain("total");
  for (const field of fields) {
    const row = page.locator(`li[data-field-name="${field.name}"]`);
    await expect(row.getByTestId("field-value")).toHaveText(field.value ?? "(empty)");
    if (!withEvidence.includes(field)) continue;
    await row.getByTestId("field-value").click();
    await expect(row).toHaveAttribute("data-active", "true");
    await expect(page.locator("mark[data-active]")).toHaveText(document.text!.slice(field.sourceStart!, field.sourceEnd!));
  }

  await page.getByRole("tab", { name: "Original file" }).click();
  const image = page.getByRole("img", { name: `Scan of ${filename}` });
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  // What the browser shows is the uploaded file, byte for byte.
  const served = await page.request.get(`/api/v1/documents/${documentId}/file`);
  expect(served.headers()["content-type"]).toBe("image/jpeg");
  expect(Buffer.from(await served.body()).equals(scan)).toBe(true);
});

test("a reviewer claims an item, corrects a field, approves it; it leaves the queue and the trail shows it", async ({ page }) => {
  const filename = unique("seeded-sroie-006") + ".jpg";
  const seeded = await seedReviewItem(filename);
  await seedQueueNeighbours();

  await signIn(page, REVIEWER, "/queue");
  await expect(page.getByRole("heading", { name: "Review queue" })).toBeVisible();
  await ready(page);
  await expect(page.getByText("Live", { exact: false }).first()).toBeVisible();
  await expect(queueRow(page, filename)).toBeVisible();
  await expect(queueRow(page, filename)).toContainText("Low confidence");
  await expect(page.getByTestId("precision-panel")).toContainText("Auto-approve precision");
  await expect(page.getByTestId("shortcut-list")).toContainText("Claim the next item");
  await page.screenshot({ path: screenshotPath("review-queue"), fullPage: true });
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("searchbox", { name: "Search" }).fill(filename);
  await expect(page).toHaveURL(new RegExp(`q=${filename.replace(/\./g, "\\.")}`));
  await expect(page.getByTestId("queue-row")).toHaveCount(1);

  await page.getByRole("button", { name: `Claim ${filename}` }).click();
  await expect(page).toHaveURL(new RegExp(`/documents/${seeded.document.id}$`));
  await expect(page.getByTestId("claim-state")).toHaveText("You hold this item");

  // The field the pipeline flagged is active; its value does not occur in the text.
  const totalRow = page.locator('li[data-field-name="total"]');
  await expect(totalRow).toHaveAttribute("data-active", "true");
  await expect(totalRow).toContainText("not found in the document");
  // Keyboard: the previous field (fields follow the document's order) and its source span light up.
  await ready(page);
  await page.keyboard.press("k");
  await expect(page.locator('li[data-field-name="date"]')).toHaveAttribute("data-active", "true");
  await expect(page.locator("mark[data-active]")).toHaveText("11/01/2019");
  await page.keyboard.press("j");
  await expect(totalRow).toHaveAttribute("data-active", "true");

  await page.getByRole("button", { name: "Edit Total" }).click();
  await page.getByLabel("New value for Total").fill("327,00");
  await page.getByLabel("New value for Total").press("Enter");
  await expect(totalRow.getByRole("alert")).toContainText("Total:");
  await page.getByLabel("New value for Total").fill("327.00");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(totalRow.getByTestId("field-value")).toHaveText("327.00");
  await expect(totalRow).toContainText("Extracted 32.70 · corrected by Rui Reviewer");

  await page.getByRole("tab", { name: "Original file" }).click();
  const scan = page.getByRole("img", { name: `Scan of ${filename}` });
  await expect(scan).toBeVisible();
  // Decoded, not just an <img> element: the stored JPEG is what the browser shows.
  await expect.poll(() => scan.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await page.getByRole("tab", { name: "Text with evidence" }).click();
  await expect(page.getByTestId("shortcut-list")).toContainText("Approve");
  await page.screenshot({ path: screenshotPath("review-screen"), fullPage: true });
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByTestId("review-banner")).toContainText("Approved. The document has left the queue.");
  await expect(page.getByTestId("document-status")).toHaveText("approved");
  const trail = page.getByTestId("audit-trail");
  await expect(trail).toContainText("Rui Reviewer claimed the item");
  await expect(trail).toContainText("Rui Reviewer corrected a field — Total: 32.70 → 327.00");
  await expect(trail).toContainText("Rui Reviewer approved — 1 field(s) corrected");

  await page.goto(`/queue?q=${encodeURIComponent(filename)}`);
  await expect(page.getByText("Nothing here.")).toBeVisible();
  await page.getByRole("button", { name: /^Resolved/ }).click();
  await expect(queueRow(page, filename)).toContainText("approved");
  const stored = await db.reviewItem.findUniqueOrThrow({ where: { id: seeded.item.id } });
  expect(stored).toMatchObject({ status: "resolved", resolution: "approved" });
});

test("two browsers racing for the same item: exactly one gets the claim, the other is told who has it", async ({ browser }) => {
  const filename = unique("race") + ".jpg";
  const seeded = await seedReviewItem(filename);
  const [first, second] = await Promise.all([browser.newContext(), browser.newContext()]);
  const [a, b] = await Promise.all([first.newPage(), second.newPage()]);
  const next = `/queue?q=${encodeURIComponent(filename)}`;
  await Promise.all([signIn(a, REVIEWER, next), signIn(b, ADMIN, next)]);
  await Promise.all([expect(queueRow(a, filename)).toBeVisible(), expect(queueRow(b, filename)).toBeVisible()]);

  await Promise.all([a.getByRole("button", { name: `Claim ${filename}` }).click(), b.getByRole("button", { name: `Claim ${filename}` }).click()]);

  const onDocument = (p: Page) => p.url().includes(`/documents/${seeded.document.id}`);
  await expect.poll(() => [a, b].filter(onDocument).length, { timeout: 10_000 }).toBe(1);
  const loser = onDocument(a) ? b : a;
  await expect(loser.getByRole("alert").filter({ hasText: "is working on this item" })).toBeVisible();
  // The item leaves the loser's open view and shows under "In progress" as the winner's.
  await expect(queueRow(loser, filename)).toHaveCount(0);
  await loser.getByRole("button", { name: /^In progress/ }).click();
  await expect(queueRow(loser, filename)).toContainText("Claimed by");
  await expect(queueRow(loser, filename).getByRole("button", { name: `Claim ${filename}` })).toBeDisabled();

  const item = await db.reviewItem.findUniqueOrThrow({ where: { id: seeded.item.id } });
  const winner = await db.user.findUniqueOrThrow({ where: { email: onDocument(a) ? REVIEWER.email : ADMIN.email } });
  expect(item).toMatchObject({ status: "claimed", assigneeId: winner.id });
  expect(await db.auditEvent.count({ where: { entityId: item.id, action: "review.claimed" } })).toBe(1);
  await Promise.all([first.close(), second.close()]);
});

test("a stale edit is refused with a message saying who changed the field and to what", async ({ page, context }) => {
  const filename = unique("stale") + ".jpg";
  const seeded = await seedReviewItem(filename);
  await signIn(page, REVIEWER, `/queue?q=${encodeURIComponent(filename)}`);
  await page.getByRole("button", { name: `Claim ${filename}` }).click();
  await expect(page.getByTestId("claim-state")).toHaveText("You hold this item");
  const other = await context.newPage();
  await other.goto(`/documents/${seeded.document.id}`);

  // The second tab starts editing first; the first tab then saves a value.
  await other.getByRole("button", { name: "Edit Total" }).click();
  await page.getByRole("button", { name: "Edit Total" }).click();
  await page.getByLabel("New value for Total").fill("327.00");
  await page.getByLabel("New value for Total").press("Enter");
  await expect(page.locator('[data-field-name="total"]').getByTestId("field-value")).toHaveText("327.00");

  await other.getByLabel("New value for Total").fill("300.00");
  await other.getByLabel("New value for Total").press("Enter");
  await expect(other.locator('[data-field-name="total"]').getByRole("alert")).toHaveText(
    'Total was changed by Rui Reviewer after you opened it (it is now "327.00"). Your value "300.00" was not saved; check theirs and edit again if needed.',
  );
  await expect(other.locator('[data-field-name="total"]').getByTestId("field-value")).toHaveText("327.00");
  const field = await db.fieldValue.findFirstOrThrow({ where: { runId: seeded.run.id, name: "total" } });
  expect(field).toMatchObject({ correctedValue: "327.00", version: 1 });
});

test("rejecting asks for a reason, which the trail keeps", async ({ page }) => {
  const filename = unique("reject") + ".jpg";
  const seeded = await seedReviewItem(filename);
  await signIn(page, REVIEWER, `/documents/${seeded.document.id}`);
  await ready(page);
  await page.keyboard.press("c");
  await expect(page.getByTestId("claim-state")).toHaveText("You hold this item");
  await page.keyboard.press("r");
  const dialog = page.getByRole("dialog", { name: "Reject this document" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Other").check();
  await dialog.getByRole("button", { name: "Reject document" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Say why when the reason is “Other”");
  await dialog.getByLabel("Duplicate").check();
  await dialog.getByLabel(/^Note/).fill("Same receipt as last week's claim");
  await dialog.getByRole("button", { name: "Reject document" }).click();
  await expect(page.getByTestId("review-banner")).toContainText("Rejected.");
  await expect(page.getByTestId("audit-trail")).toContainText("rejected — Duplicate: Same receipt as last week's claim");

  // "Next item" claims the next document in queue order and opens it.
  await page.keyboard.press("n");
  await expect(page).not.toHaveURL(new RegExp(`/documents/${seeded.document.id}$`));
  await expect(page).toHaveURL(/\/documents\/\w+$/);
  await ready(page);
  await expect(page.getByTestId("claim-state")).toHaveText("You hold this item");
});

test("answering the pipeline's question resumes the run (real pipeline, uploaded through the API)", async ({ page }) => {
  await signIn(page, REVIEWER, "/queue");
  const csrf = await page.locator('meta[name="csrf-token"]').getAttribute("content");
  // Two different totals that the subtotal cannot settle: the pipeline asks which one was paid.
  const text = fs.readFileSync(path.resolve("tests/fixtures/documents/competing-totals.txt"), "utf8") + `\nREF ${unique("q")}\n`;
  const filename = unique("two-totals") + ".txt";
  const upload = await page.request.post("/api/v1/documents", {
    headers: { "x-csrf-token": csrf! },
    multipart: { file: { name: filename, mimeType: "text/plain", buffer: Buffer.from(text) } },
  });
  expect(upload.status(), await upload.text()).toBe(202);
  const { documentId, runId } = (await upload.json()) as { documentId: string; runId: string };
  await expect.poll(async () => (await db.run.findUniqueOrThrow({ where: { id: runId } })).status, { timeout: 30_000 }).toBe("waiting_for_answer");

  // The question enters the queue like any other item needing a human.
  await page.goto(`/queue?q=${encodeURIComponent(filename)}`);
  await expect(queueRow(page, filename)).toContainText("Open question", { timeout: 10_000 });
  await page.getByRole("button", { name: `Claim ${filename}` }).click();
  await expect(page).toHaveURL(new RegExp(`/documents/${documentId}$`));

  const panel = page.getByTestId("question-panel");
  await expect(panel).toContainText("120.00");
  await expect(page.getByRole("button", { name: "Approve" })).toBeVisible();
  await panel.getByRole("button", { name: "102.00" }).click();
  await expect(page.getByTestId("review-banner")).toContainText("Answer sent; the run resumes where it stopped.");
  // The live view follows the resumed run: agents at work, fields as they stream in.
  await expect(page.getByTestId("live-run")).toBeVisible();
  await expect(page.getByTestId("live-field").first()).toBeVisible({ timeout: 15_000 });

  await expect.poll(async () => (await db.run.findUniqueOrThrow({ where: { id: runId } })).status, { timeout: 30_000 }).not.toMatch(/waiting_for_answer|queued|running/);
  const question = await db.question.findFirstOrThrow({ where: { runId } });
  expect(question).toMatchObject({ answer: "102.00", answeredVia: "console" });
  await expect(page.getByTestId("live-run-status")).not.toHaveText(/waiting|queued|running/, { timeout: 15_000 });
  await expect(page.locator('[data-field-name="total"]').getByTestId("field-value")).toHaveText("102.00", { timeout: 15_000 });
  await expect(page.getByTestId("audit-trail")).toContainText("Rui Reviewer answered the question — “102.00”");
  await expect(page.getByTestId("question-panel")).toHaveCount(0);
});

test("roles: signed-out visitors go to sign-in; only the operator may change the audit sampling rate", async ({ page }) => {
  await page.goto("/documents/anything");
  await expect(page).toHaveURL(/\/signin\?next=%2Fdocuments%2Fanything/);
  await page.goto("/queue");
  await expect(page).toHaveURL(/\/signin\?next=%2Fqueue/);
  await signIn(page, REVIEWER, "/queue");
  await expect(page.getByTestId("precision-panel").getByRole("button", { name: "Change" })).toHaveCount(0);
  await page.goto("/settings/tokens");
  await expect(page).toHaveURL(/\/queue\?denied=admin/);
  await expect(page.getByRole("status").filter({ hasText: "That page is for admins" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn(page, ADMIN, "/queue");
  await page.getByTestId("precision-panel").getByRole("button", { name: "Change" }).click();
  await page.getByLabel("Sample rate (% of auto-approvals)").fill("10");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("precision-panel")).toContainText("Sampling 10.0% of auto-approved documents");
  await db.setting.delete({ where: { key: "review.auditSampleRate" } });
});
