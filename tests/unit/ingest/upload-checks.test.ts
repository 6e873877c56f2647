import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { refusal } from "../../support/refusal";
import { readDocumentContent } from "@/lib/ingest/document-reading";
import { checkUpload } from "@/lib/ingest/upload-checks";

const fixture = (name: string) => readFile(path.resolve("tests/fixtures/documents", name));
const limits = { maxBytes: 5 * 1024 * 1024, maxPages: 10 };

describe("checkUpload (before the 202)", () => {
  it("types a file from its bytes and counts a PDF's pages without reading it", async () => {
    const doc = await checkUpload(await fixture("invoice.pdf"), limits);
    expect(doc).toMatchObject({ mime: "application/pdf", kind: "pdf", pageCount: 1 });
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await checkUpload(await fixture("receipt.png"), limits)).toMatchObject({ mime: "image/png", kind: "image", pageCount: 1 });
    expect(await checkUpload(await fixture("receipt.docx"), limits)).toMatchObject({ kind: "docx", pageCount: null });
  });

  it("decides the type from the bytes, not the name", async () => {
    expect((await refusal(checkUpload(await fixture("animation.gif"), limits))).code).toBe("unsupported_media_type");
    expect((await refusal(checkUpload(Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0]), limits))).code).toBe("unsupported_media_type");
  });

  it("refuses files over the size cap and documents over the page cap", async () => {
    expect((await refusal(checkUpload(Buffer.alloc(2048, 65), { maxBytes: 1024, maxPages: 10 }))).code).toBe("payload_too_large");
    const error = await refusal(checkUpload(Buffer.from("WORDS ".repeat(4000)), { maxBytes: 1 << 20, maxPages: 2 }));
    expect(error.code).toBe("payload_too_large");
    expect(error.details?.reason).toBe("too_many_pages");
  });

  it("refuses an empty file", async () => {
    expect((await refusal(checkUpload(Buffer.alloc(0), limits))).code).toBe("unprocessable_document");
  });

  it("reads text as text even when it happens to match a weak binary signature", async () => {
    // "G" at offsets 0 and 188 is what MPEG-TS detection looks for.
    const text = `G${"x".repeat(187)}G${" receipt line\n".repeat(30)}`;
    expect((await checkUpload(Buffer.from(text), limits)).mime).toBe("text/plain");
  });
});

describe("reading (the run's first stage)", () => {
  it("reads a PDF's text layer, keeping its lines", async () => {
    const reading = await readDocumentContent("pdf", await fixture("invoice.pdf"), { limits });
    expect(reading.text).toContain("INV-2024-0042");
    expect(reading.text).toContain("NORTHWIND OFFICE SUPPLIES SDN BHD");
    expect(reading.engine).toBe("pdf-text-layer");
  });

  it("reads a scanned JPEG receipt from the development set", async () => {
    const reading = await readDocumentContent("image", await readFile(path.resolve("../shared/data/receipts/images/sroie-006.jpg")), { limits });
    expect(reading.text).toMatch(/SOON HUAT MACHINERY/);
  }, 60_000);

  it("reads a DOCX's paragraphs and plain text with its line endings normalised", async () => {
    const docx = await readDocumentContent("docx", await fixture("receipt.docx"), { limits });
    expect(docx.text).toContain("SYARIKAT PERNIAGAAN GIN KEE");
    expect((await readDocumentContent("text", Buffer.from("\uFEFFSHOP\r\nTOTAL 1.00\r\n"), { limits })).text).toBe("SHOP\nTOTAL 1.00");
  });

  it.each([
    ["corrupt.png", "image", "corrupt_image"],
    ["corrupt.pdf", "pdf", "corrupt_pdf"],
    ["corrupt.docx", "docx", "corrupt_docx"],
  ] as const)("fails %s with reason %s", async (name, kind, reason) => {
    const error = await refusal(readDocumentContent(kind, await fixture(name), { limits }));
    expect(error.code).toBe("unprocessable_document");
    expect(error.details?.reason).toBe(reason);
  }, 60_000);
});
