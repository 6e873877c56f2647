import { extractText, getDocumentProxy } from "unpdf";
import { AppError } from "@/lib/core/errors";

// The PDF's own text layer. Scanned PDFs (images only) have none; they are refused rather than
// silently producing an empty document.

export async function pdfText(bytes: Uint8Array, maxPages: number): Promise<{ text: string; pageCount: number }> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of the buffer it is given; hand it a copy so the caller's bytes stay intact.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, stopAtErrors: true, verbosity: 0 });
  } catch (error) {
    throw new AppError("unprocessable_document", "The PDF could not be read", { reason: "corrupt_pdf", detail: String(error) });
  }
  try {
    if (pdf.numPages > maxPages) {
      throw new AppError("payload_too_large", `The PDF has ${pdf.numPages} pages; the limit is ${maxPages}`, {
        reason: "too_many_pages",
        pageCount: pdf.numPages,
        maxPages,
      });
    }
    const { text } = await extractText(pdf, { mergePages: true }).catch((error: unknown) => {
      throw new AppError("unprocessable_document", "The PDF's text could not be read", { reason: "corrupt_pdf", detail: String(error) });
    });
    if (text.trim() === "") {
      throw new AppError("unprocessable_document", "The PDF has no text layer (a scan); upload the page as an image", {
        reason: "no_text_layer",
      });
    }
    return { text, pageCount: pdf.numPages };
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}
