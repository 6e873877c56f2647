import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/core/errors";
import { readDocumentContent } from "@/lib/ingest/document-reading";
import { checkUpload } from "@/lib/ingest/upload-checks";

const limits = { maxBytes: 5 * 1024 * 1024, maxPages: 10 };
const receipt = "CAFÉ SÃO JOÃO\nCrème brûlée 12,50 €\nTOTAL 12,50 €";

const read = (bytes: Uint8Array) => readDocumentContent("text", bytes, { limits });

function utf16(text: string, endian: "le" | "be"): Buffer {
  const le = Buffer.from(text, "utf16le");
  return endian === "le" ? le : Buffer.from(le.swap16());
}

describe("text files in encodings other than UTF-8", () => {
  it("decodes a Latin-1 (Windows-1252) receipt instead of refusing it", async () => {
    const bytes = Buffer.from(receipt.replaceAll("€", "EUR"), "latin1");
    expect((await checkUpload(bytes, limits)).mime).toBe("text/plain");
    expect((await read(bytes)).text).toBe(receipt.replaceAll("€", "EUR"));
  });

  it("decodes Windows-1252 punctuation such as the euro sign", async () => {
    const bytes = Buffer.from([...Buffer.from("TOTAL 5,00 ", "latin1"), 0x80]);
    expect((await read(bytes)).text).toBe("TOTAL 5,00 €");
  });

  it("decodes UTF-16 little- and big-endian without a byte-order mark", async () => {
    expect((await read(utf16(receipt, "le"))).text).toBe(receipt);
    expect((await read(utf16(receipt, "be"))).text).toBe(receipt);
  });

  it("decodes UTF-16 with a byte-order mark", async () => {
    expect((await read(utf16(`\uFEFF${receipt}`, "le"))).text).toBe(receipt);
    expect((await read(utf16(`\uFEFF${receipt}`, "be"))).text).toBe(receipt);
  });

  it("still refuses binary bytes that are no text in any encoding", async () => {
    const bytes = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256));
    const error = await checkUpload(bytes, limits).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("unsupported_media_type");
  });
});
