import { readFile } from "node:fs/promises";
import path from "node:path";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { refusal } from "../../support/refusal";
import { docxText } from "@/lib/ingest/docx-text";

// A minimal zip writer (deflated entries), enough to build archives the way an attacker would.
function zip(entries: { name: string; content: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, content } of entries) {
    const data = zlib.deflateRawSync(content);
    const nameBytes = Buffer.from(name);
    const crc = zlib.crc32(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const contentTypes = Buffer.from(
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
);

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
