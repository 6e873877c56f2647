import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { REVIEWER, screenshotPath, signIn } from "./support/console";
import { e2eDb } from "./support/db";
import { fieldEvidenceSchema, type FieldEvidence } from "@/lib/ingest/reading-schema";
import { seedReviewDocument } from "../integration/review/support/seed-review";

// Highlights on the original file: a receipt scan and an invoice PDF uploaded through the API and
// read by the real pipeline; on the review screen each field with evidence is boxed where it was
// read, over the scan or over the PDF page rendered as an image. receipt-scan.jpg is SROIE's
// sroie-007 (a 463 × 797 ScanSnap scan).

const db = e2eDb();
test.afterAll(async () => db.$disconnect());

const fixture = (name: string) => fs.readFileSync(path.resolve("tests/fixtures/documents", name));

type Rect = { x: number; y: number; width: number; height: number };

/** Uploads a file as the signed-in reviewer and waits for its run to finish; a file uploaded before is reused. */
async function uploadAndRead(page: Page, name: string, mimeType: string) {
  const csrf = await page.locator('meta[name="csrf-token"]').getAttribute("content");
  const upload = await page.request.post("/api/v1/documents", { headers: { "x-csrf-token": csrf! }, multipart: { file: { name, mimeType, buffer: fixture(name) } } });
  expect(upload.status(), await upload.text()).toBe(202);
  const { documentId, runId } = (await upload.json()) as { documentId: string; runId: string };
  await expect
    .poll(async () => (await db.run.findUniqueOrThrow({ where: { id: runId } })).status, { timeout: 150_000, intervals: [500, 1000] })
    .toMatch(/^(approved|needs_review|waiting_for_answer)$/);
  const fields = (await db.fieldValue.findMany({ where: { runId } })).map((f) => ({ ...f, evidence: fieldEvidenceSchema.nullable().parse(f.evidence) }));
  const document = await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { filename: true } });
  return { documentId, filename: document.filename, fields };
}

/** Both rectangles in one frame: a smooth scroll in flight would otherwise move one between two reads. */
async function rects(box: Locator, image: Locator): Promise<{ b: Rect; i: Rect }> {
  const handle = await image.elementHandle();
  return box.evaluate((el, img) => {
    const plain = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
    return { b: plain(el.getBoundingClientRect()), i: plain(img!.getBoundingClientRect()) };
  }, handle);
}

/** The box is inside the image and where its evidence says, in fractions of the image (±2 px). */
async function expectOnImage(box: Locator, image: Locator, evidence: FieldEvidence): Promise<Rect> {
  await expect(box).toBeVisible();
  const { b, i } = await rects(box, image);
  expect(b.width).toBeGreaterThan(2);
  expect(b.x).toBeGreaterThanOrEqual(i.x - 1);
  expect(b.y).toBeGreaterThanOrEqual(i.y - 1);
  expect(b.x + b.width).toBeLessThanOrEqual(i.x + i.width + 1);
  expect(b.y + b.height).toBeLessThanOrEqual(i.y + i.height + 1);
  expect(Math.abs(b.x - (i.x + evidence.box.x0 * i.width))).toBeLessThanOrEqual(2);
  expect(Math.abs(b.y - (i.y + evidence.box.y0 * i.height))).toBeLessThanOrEqual(2);
  // Where the box sits on the image, which scrolling does not change.
  return { x: b.x - i.x, y: b.y - i.y, width: b.width, height: b.height };
}

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, "axe: serious or critical violations").toEqual([]);
}

const loaded = (image: Locator) => expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

/** Selects a field in the list; answers the name its box carries ("Total: 9.65"). */
async function select(page: Page, name: string) {
  const row = page.locator(`li[data-field-name="${name}"]`);
  await row.getByTestId("field-value").click();
  await expect(row).toHaveAttribute("data-active", "true");
  return `${await row.locator('[id^="label-"]').textContent()}: ${await row.getByTestId("field-value").textContent()}`;
}

const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);

test("a receipt scan: each field is boxed where it was read, the selected one stands out and moves with the selection, at desktop and phone widths", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, REVIEWER, "/queue");
  const { documentId, filename, fields } = await uploadAndRead(page, "receipt-scan.jpg", "image/jpeg");
  const total = fields.find((f) => f.name === "total");
  expect(total?.evidence, "the total was read from a place on the scan").toBeTruthy();
  const other = fields.find((f) => f.name !== "total" && f.evidence && (f.evidence.box.y0 !== total!.evidence!.box.y0 || f.evidence.box.x0 !== total!.evidence!.box.x0));
  expect(other, "another field read elsewhere on the scan").toBeTruthy();

  await page.goto(`/documents/${documentId}`);
  await expect(page.locator("[data-ready]")).toBeVisible();
  // With evidence on the page, the screen opens on the original file.
  await expect(page.getByRole("tab", { name: "Original file" })).toHaveAttribute("aria-selected", "true");
  const image = page.getByRole("img", { name: `Scan of ${filename}` });
  await loaded(image);
  await expect(page.locator("[data-field-box]")).toHaveCount(fields.filter((f) => f.evidence).length);

  const totalName = await select(page, "total");
  expect(totalName).toBe(`Total: ${total!.value}`);
  const totalBox = page.getByRole("button", { name: startsWith(totalName) });
  await expect(totalBox).toHaveAttribute("data-active", "true");
  const totalAt = await expectOnImage(totalBox, image, total!.evidence!);

  // Doubtful OCR is drawn in the warning colour, and the key says what that means.
  for (const f of fields.filter((f) => f.evidence)) {
    const doubt = f.flags.includes("ocr_doubt") || f.evidence!.ocrConfidence < 0.9;
    const box = page.locator(`[data-field-box="${f.id}"]`);
    await (doubt ? expect(box).toHaveAttribute("data-doubt", "true") : expect(box).not.toHaveAttribute("data-doubt"));
  }
  const key = page.getByRole("list", { name: "Highlight key" });
  await expect(key).toContainText("Selected field");
  if (fields.some((f) => f.evidence && (f.flags.includes("ocr_doubt") || f.evidence.ocrConfidence < 0.9))) await expect(key).toContainText("Doubtful OCR");

  await select(page, other!.name);
  const otherBox = page.locator(`[data-field-box="${other!.id}"]`);
  await expect(otherBox).toHaveAttribute("data-active", "true");
  await expect(totalBox).not.toHaveAttribute("data-active", "true");
  await expect(page.locator("[data-field-box][data-active]")).toHaveCount(1);
  expect(await expectOnImage(otherBox, image, other!.evidence!)).not.toEqual(totalAt);

  // Clicking a box on the scan selects its field.
  await totalBox.click();
  await expect(page.locator('li[data-field-name="total"]')).toHaveAttribute("data-active", "true");
  await page.screenshot({ path: screenshotPath("review-highlight-scan"), fullPage: true });
  await expectNoSeriousA11yViolations(page);

  // A phone: the scan scales to the screen's width, nothing scrolls sideways, the box still sits on it.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.locator("[data-ready]")).toBeVisible();
  await loaded(image);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect((await image.boundingBox())!.width).toBeLessThanOrEqual(390);
  await select(page, "total");
  await expectOnImage(totalBox, image, total!.evidence!);
  await page.screenshot({ path: screenshotPath("review-highlight-phone"), fullPage: true });
  await expectNoSeriousA11yViolations(page);
});

test("an invoice PDF: its page is shown as an image with the same boxes, and the PDF itself stays a click away", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, REVIEWER, "/queue");
  const { documentId, filename, fields } = await uploadAndRead(page, "invoice.pdf", "application/pdf");
  const total = fields.find((f) => f.name === "total");
  expect(total?.evidence?.page).toBe(1);
  const other = fields.find((f) => f.name !== "total" && f.evidence && f.evidence.box.y0 !== total!.evidence!.box.y0);
  expect(other, "another field read elsewhere on the page").toBeTruthy();

  await page.goto(`/documents/${documentId}`);
  await expect(page.locator("[data-ready]")).toBeVisible();
  await expect(page.getByRole("tab", { name: "Original file" })).toHaveAttribute("aria-selected", "true");
  const image = page.getByRole("img", { name: `Page 1 of ${filename}` });
  await loaded(image);
  expect(await image.getAttribute("src")).toBe(`/api/v1/documents/${documentId}/pages/1`);
  // One page: no page switcher.
  await expect(page.getByRole("navigation", { name: "Pages" })).toHaveCount(0);

  const totalName = await select(page, "total");
  const totalBox = page.locator(`[data-field-box="${total!.id}"]`);
  // A text layer is never doubtful: the name is exactly the field's label and value.
  await expect(totalBox).toHaveAccessibleName(totalName);
  await expect(totalBox).toHaveAttribute("title", totalName);
  const totalAt = await expectOnImage(totalBox, image, total!.evidence!);

  await select(page, other!.name);
  const otherBox = page.locator(`[data-field-box="${other!.id}"]`);
  await expect(otherBox).toHaveAttribute("data-active", "true");
  expect((await expectOnImage(otherBox, image, other!.evidence!)).y).not.toBeCloseTo(totalAt.y, 0);

  await expect(page.getByRole("link", { name: "Open file ↗" })).toHaveAttribute("href", `/api/v1/documents/${documentId}/file`);
  // The text tab is still there, with the same field highlighted in the text.
  await page.getByRole("tab", { name: "Text with evidence" }).click();
  await expect(page.locator("mark[data-active]")).toBeVisible();
  await page.getByRole("tab", { name: "Original file" }).click();
  await loaded(image);
  await page.screenshot({ path: screenshotPath("review-highlight-pdf"), fullPage: true });
  await expectNoSeriousA11yViolations(page);
});

test("a two-page PDF: selecting a field turns to the page it was read from, and the pager moves between pages", async ({ page }) => {
  const tenantId = (await db.user.findUniqueOrThrow({ where: { email: REVIEWER.email } })).tenantId;
  const filename = `two-pages-${Date.now().toString(36)}.pdf`;
  // Boxes as the reading measured them on this fixture (the total on page 1, the IBAN on page 2).
  const total = { page: 1, box: { x0: 0.5212, y0: 0.2639, x1: 0.603, y1: 0.2799 }, ocrConfidence: 1 };
  const iban = { page: 2, box: { x0: 0.112, y0: 0.0504, x1: 0.4803, y1: 0.0664 }, ocrConfidence: 1 };
  const seeded = await seedReviewDocument(db, {
    tenantId,
    filename,
    mime: "application/pdf",
    bytes: fixture("invoice-2-pages.pdf"),
    pageCount: 2,
    docType: "invoice",
    text: "TOTAL RM 321.18\nIBAN: MY12 MBBE 0000 1234 5678 90",
    fields: [
      { name: "total", value: "321.18", confidence: 0.6, evidence: total },
      { name: "iban", value: "MY12 MBBE 0000 1234 5678 90", confidence: 0.9, evidence: iban },
    ],
  });
  const [totalId, ibanId] = ["total", "iban"].map((name) => seeded.fields.find((f) => f.name === name)!.id);

  await signIn(page, REVIEWER, `/documents/${seeded.document.id}`);
  await expect(page.locator("[data-ready]")).toBeVisible();
  const pager = page.getByRole("navigation", { name: "Pages" });
  await expect(pager).toContainText("Page 1 of 2");
  const first = page.getByRole("img", { name: `Page 1 of ${filename}` });
  await loaded(first);
  // The flagged total is active on opening, on page 1; the IBAN's box is not drawn there.
  await expectOnImage(page.locator(`[data-field-box="${totalId}"][data-active]`), first, total);
  await expect(page.locator(`[data-field-box="${ibanId}"]`)).toHaveCount(0);

  await select(page, "iban");
  const second = page.getByRole("img", { name: `Page 2 of ${filename}` });
  await loaded(second);
  await expect(pager).toContainText("Page 2 of 2");
  await expectOnImage(page.locator(`[data-field-box="${ibanId}"][data-active]`), second, iban);
  await expect(pager.getByRole("button", { name: "Next ›" })).toBeDisabled();

  await pager.getByRole("button", { name: "‹ Previous" }).click();
  await loaded(first);
  await expect(page.locator(`[data-field-box="${totalId}"]`)).toBeVisible();
  await expect(page.locator(`[data-field-box="${ibanId}"]`)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});
