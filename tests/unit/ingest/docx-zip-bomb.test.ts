import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { refusal } from "../../support/refusal";
import { DOCX_CONTENT_TYPES as contentTypes, zip } from "../../support/zip-writer";
import { docxText } from "@/lib/ingest/docx-text";

describe("docxText on hostile archives", () => {
  it("refuses a DOCX whose document.xml inflates to 80 MB before any parser reads it", async () => {
    const body = Buffer.concat([Buffer.from('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>'), Buffer.alloc(80 * 1024 * 1024, 0x20), Buffer.from("</w:t></w:r></w:p></w:body></w:document>")]);
    const bomb = zip([{ name: "[Content_Types].xml", content: contentTypes }, { name: "word/document.xml", content: body }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = await refusal(docxText(bomb));
    expect([error.status, error.details?.reason]).toEqual([422, "archive_too_large"]);
  });

  it("refuses a part that inflates a thousandfold even under the total cap", async () => {
    const bomb = zip([{ name: "[Content_Types].xml", content: contentTypes }, { name: "word/document.xml", content: Buffer.alloc(8 * 1024 * 1024, 0x20) }]);
    const error = await refusal(docxText(bomb));
    expect(error.details?.reason).toBe("archive_too_large");
  });

  it("still reads an ordinary Word receipt", async () => {
    const text = await docxText(await readFile(path.resolve("tests/fixtures/documents/receipt.docx")));
    expect(text.length).toBeGreaterThan(20);
  });
});
