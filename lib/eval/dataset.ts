import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { docTypeIdSchema } from "@/lib/schemas/document-types";

// A labelled document folder: one JSON per document, `text` plus ground-truth `fields`
// (format of ../shared/data/README.md). `type` labels the document type, receipt when absent. A
// field labelled null is one the document does not have; a field left out is not labelled.

const labelledDocumentSchema = z.object({
  id: z.string().optional(),
  type: docTypeIdSchema.default("receipt"),
  text: z.string(),
  fields: z.record(z.string(), z.string().refine((s) => s.trim() !== "", "a blank label; write null for a field the document lacks").nullable()),
});
export type LabelledDocument = Omit<z.infer<typeof labelledDocumentSchema>, "type"> & { id: string; docType: z.infer<typeof docTypeIdSchema> };

export async function loadDataset(folder: string): Promise<LabelledDocument[]> {
  const names = (await readdir(folder)).filter((n) => n.endsWith(".json")).sort();
  const documents: LabelledDocument[] = [];
  for (const name of names) {
    const parsed = labelledDocumentSchema.safeParse(JSON.parse(await readFile(path.join(folder, name), "utf8")));
    if (!parsed.success) throw new Error(`${name}: not a labelled document (${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message})`);
    const { type, ...rest } = parsed.data;
    documents.push({ ...rest, docType: type, id: parsed.data.id ?? name.replace(/\.json$/, "") });
  }
  return documents;
}
