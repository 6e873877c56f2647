import { z } from "zod";

// What reading a document produces (interface agreed between reading, invoice, learn and eval):
// the text the agents read (lines in reading order) plus, for every word, where it sits on which
// page and how sure the reader was. Spans everywhere stay character offsets into `text`; a word's
// `start`/`end` tie the geometry to those offsets.

export const boxSchema = z
  .object({
    /** Fractions 0..1 of the page's width (x) and height (y); origin at the top left. */
    x0: z.number().min(0).max(1),
    y0: z.number().min(0).max(1),
    x1: z.number().min(0).max(1),
    y1: z.number().min(0).max(1),
  })
  .refine((b) => b.x1 >= b.x0 && b.y1 >= b.y0, "a box's far corner must not precede its near one");
export type Box = z.infer<typeof boxSchema>;

export const readingSourceSchema = z.enum(["text-layer", "ocr"]);
export type ReadingSource = z.infer<typeof readingSourceSchema>;

export const readingPageSchema = z.object({
  /** 1-based. */
  page: z.number().int().min(1),
  /** In the page's own units: pixels for images, PDF points for PDF pages. */
  width: z.number().positive(),
  height: z.number().positive(),
  source: readingSourceSchema,
  /** Mean word confidence on the page; null when the page has no words. */
  confidence: z.number().min(0).max(1).nullable(),
});
export type ReadingPage = z.infer<typeof readingPageSchema>;

export const readingWordSchema = z.object({
  text: z.string().min(1),
  page: z.number().int().min(1),
  box: boxSchema,
  /** 0..1; 1 for a PDF text layer. */
  confidence: z.number().min(0).max(1),
  /** Character offsets into the reading's `text`, end exclusive. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type ReadingWord = z.infer<typeof readingWordSchema>;

/** The machine-readable invoice a hybrid PDF carries (Factur-X, ZUGFeRD, XRechnung, UBL), in the invoice schema's field names and value formats. */
export const embeddedInvoiceSchema = z.object({
  syntax: z.enum(["cii", "ubl"]),
  fields: z.partialRecord(
    z.enum(["vendor", "vendor_tax_id", "customer", "invoice_number", "date", "due_date", "currency", "subtotal", "tax", "total", "iban", "purchase_order"]),
    z.string().min(1),
  ),
});
export type EmbeddedInvoice = z.infer<typeof embeddedInvoiceSchema>;

export const readingSchema = z.object({
  text: z.string(),
  pages: z.array(readingPageSchema),
  words: z.array(readingWordSchema),
  /** Which reader produced it, e.g. "pdf-text-layer", "paddle-ppocrv4", "tesseract-5/psm6", "docx", "plain-text". */
  engine: z.string(),
  /** Mean word confidence, 0..1 (1 for text layers and plain text). */
  confidence: z.number().min(0).max(1),
  /** Present when the file carries an e-invoice. */
  embeddedInvoice: embeddedInvoiceSchema.optional(),
});
export type Reading = z.infer<typeof readingSchema>;

/** Where an extracted field was read: the page, the union box of the words under its span, their lowest confidence. */
export const fieldEvidenceSchema = z.object({
  page: z.number().int().min(1),
  box: boxSchema,
  ocrConfidence: z.number().min(0).max(1),
});
export type FieldEvidence = z.infer<typeof fieldEvidenceSchema>;
