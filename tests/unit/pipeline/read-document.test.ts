import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/core/errors";
import { readDocument } from "@/lib/ingest/read-document";

const fixture = (name: string) => readFile(path.resolve("tests/fixtures/documents", name));
const limits = { maxBytes: 5 * 1024 * 1024, maxPages: 10 };

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}


describe("readDocument", () => {
  it("reads a PDF's text layer, keeping its lines", async () => {
    const doc = await readDocument(await fixture("invoice.pdf"), limits);
    expect(doc.mime).toBe("application/pdf");
    expect(doc.pageCount).toBe(1);
    expect(doc.text).toContain("Invoice No: INV-2024-0042");
    expect(doc.text.split("\n")).toContain("NORTHWIND OFFICE SUPPLIES SDN BHD");
  });

  it("reads a PNG receipt by OCR with the bundled English model", async () => {
    const doc = await readDocument(await fixture("receipt.png"), limits);
    expect(doc.mime).toBe("image/png");
    expect(doc.text).toMatch(/KEDAI RUNCIT MAJU JAYA/);
    expect(doc.text).toMatch(/TOTAL RM\s+23\.50/);
  }, 60_000);

  it("reads a scanned JPEG receipt from the development set", async () => {
    const doc = await readDocument(await readFile(path.resolve("../shared/data/receipts/images/sroie-006.jpg")), limits);
    expect(doc.mime).toBe("image/jpeg");
    expect(doc.text).toMatch(/SOON HUAT MACHINERY/);
  }, 60_000);

  it("reads a DOCX's paragraphs", async () => {
    const doc = await readDocument(await fixture("receipt.docx"), limits);
    expect(doc.kind).toBe("docx");
    expect(doc.text).toContain("SYARIKAT PERNIAGAAN GIN KEE");
    expect(doc.text).toContain("TOTAL RM 20.00");
  });

  it("reads plain text and normalises line endings", async () => {
    const doc = await readDocument(Buffer.from("\uFEFFSHOP\r\nTOTAL 1.00\r\n"), limits);
    expect(doc).toMatchObject({ mime: "text/plain", text: "SHOP\nTOTAL 1.00", pageCount: 1 });
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("decides the type from the bytes, not the name", async () => {
    const doc = await readDocument(await fixture("invoice.pdf"), limits);
    expect(doc.kind).toBe("pdf");
    expect((await refusal(readDocument(await fixture("animation.gif"), limits))).code).toBe("unsupported_media_type");
    expect((await refusal(readDocument(Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0]), limits))).code).toBe("unsupported_media_type");
  });

  it.each([
    ["corrupt.pdf", "corrupt_pdf"],
    ["corrupt.png", "corrupt_image"],
    ["corrupt.docx", "corrupt_docx"],
    ["scanned.pdf", "no_text_layer"],
  ])("refuses %s as unprocessable (%s)", async (name, reason) => {
    const error = await refusal(readDocument(await fixture(name), limits));
    expect(error.code).toBe("unprocessable_document");
    expect(error.details?.reason).toBe(reason);
  }, 60_000);

  it("refuses files over the size cap and documents over the page cap", async () => {
    expect((await refusal(readDocument(Buffer.alloc(2048, 65), { maxBytes: 1024, maxPages: 10 }))).code).toBe("payload_too_large");
    const long = Buffer.from("WORDS ".repeat(4000));
    const error = await refusal(readDocument(long, { maxBytes: 1 << 20, maxPages: 2 }));
    expect(error.code).toBe("payload_too_large");
    expect(error.details?.reason).toBe("too_many_pages");
  });

  it("refuses an empty file", async () => {
    expect((await refusal(readDocument(Buffer.alloc(0), limits))).code).toBe("unprocessable_document");
  });
});

describe("sniffing text", () => {
  it("reads text as text even when it happens to match a weak binary signature", async () => {
    // "G" at offsets 0 and 188 is what MPEG-TS detection looks for.
    const text = `G${"x".repeat(187)}G${" receipt line\n".repeat(30)}`;
    expect((await readDocument(Buffer.from(text), limits)).mime).toBe("text/plain");
  });
});
