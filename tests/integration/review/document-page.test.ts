import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { signIn } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { call } from "../../support/api-dispatch";
import { createTenantWithUsers } from "../../support/factories";
import { seedReviewDocument } from "./support/seed-review";

// GET /api/v1/documents/{id}/pages/{page}: a PDF page as a PNG for the review screen's highlights.

const invoicePdf = fs.readFileSync(path.resolve("tests/fixtures/documents/invoice.pdf"));

async function setup() {
  const world = await createTenantWithUsers("pages");
  const session = await signIn(world.reviewer.email, world.password);
  const seeded = await seedReviewDocument(db, { tenantId: world.tenant.id, filename: "invoice.pdf", mime: "application/pdf", bytes: invoicePdf, pageCount: 1 });
  return { ...world, session, seeded };
}

describe("a PDF page as an image", () => {
  it("renders page 1 as a PNG with the page's proportions, and answers 304 to its ETag", async () => {
    const { session, seeded } = await setup();
    const page = await call(`/api/v1/documents/${seeded.document.id}/pages/1`, { cookie: session.token });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("image/png");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    const meta = await sharp(Buffer.from(await page.arrayBuffer())).metadata();
    expect(meta.format).toBe("png");
    // A4 is 595 × 842 points; the longest side is capped.
    expect(Math.max(meta.width, meta.height)).toBeLessThanOrEqual(1800);
    expect(meta.height / meta.width).toBeCloseTo(842 / 595, 1);

    const again = await call(`/api/v1/documents/${seeded.document.id}/pages/1`, { cookie: session.token, headers: { "if-none-match": page.headers.get("etag")! } });
    expect(again.status).toBe(304);
  });

  it("renders each page of a longer PDF, each different", async () => {
    const { session, seeded } = await setup();
    const twoPages = await seedReviewDocument(db, { tenantId: seeded.document.tenantId, mime: "application/pdf", bytes: fs.readFileSync(path.resolve("tests/fixtures/documents/invoice-2-pages.pdf")), pageCount: 2 });
    const [first, second] = await Promise.all([1, 2].map(async (n) => Buffer.from(await (await call(`/api/v1/documents/${twoPages.document.id}/pages/${n}`, { cookie: session.token })).arrayBuffer())));
    expect((await sharp(second).metadata()).format).toBe("png");
    expect(first.equals(second)).toBe(false);
    expect((await call(`/api/v1/documents/${twoPages.document.id}/pages/3`, { cookie: session.token })).status).toBe(404);
  });

  it("answers 404 for a page past the end, even when the stored page count is unknown, and 400 for page 0", async () => {
    const { session, seeded } = await setup();
    expect((await call(`/api/v1/documents/${seeded.document.id}/pages/2`, { cookie: session.token })).status).toBe(404);
    await db.document.update({ where: { id: seeded.document.id }, data: { pageCount: null } });
    const past = await call(`/api/v1/documents/${seeded.document.id}/pages/2`, { cookie: session.token });
    expect(past.status).toBe(404);
    expect((await past.json()).error.message).toBe("Page not found");
    expect((await call(`/api/v1/documents/${seeded.document.id}/pages/0`, { cookie: session.token })).status).toBe(400);
  });

  it("answers 404 for another tenant's document and for a document that is not a PDF", async () => {
    const { session, seeded } = await setup();
    const other = await createTenantWithUsers("pages-other");
    const stranger = await signIn(other.reviewer.email, other.password);
    expect((await call(`/api/v1/documents/${seeded.document.id}/pages/1`, { cookie: stranger.token })).status).toBe(404);
    expect((await call(`/api/v1/documents/${seeded.document.id}/pages/1`)).status).toBe(401);

    const text = await seedReviewDocument(db, { tenantId: seeded.document.tenantId });
    expect((await call(`/api/v1/documents/${text.document.id}/pages/1`, { cookie: session.token })).status).toBe(404);
  });
});
