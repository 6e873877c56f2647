import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

// A labelled document folder: one JSON per document, `text` plus ground-truth `fields`
// (format of ../shared/data/README.md). An optional `docType` labels the document type.

export const labelledDocumentSchema = z.object({
  id: z.string().optional(),
  text: z.string(),
  fields: z.record(z.string(), z.string().nullable()),
  docType: z.string().optional(),
});
export type LabelledDocument = z.infer<typeof labelledDocumentSchema> & { id: string };

export async function loadDataset(folder: string): Promise<LabelledDocument[]> {
  const names = (await readdir(folder)).filter((n) => n.endsWith(".json")).sort();
  const documents: LabelledDocument[] = [];
  for (const name of names) {
    const parsed = labelledDocumentSchema.safeParse(JSON.parse(await readFile(path.join(folder, name), "utf8")));
    if (!parsed.success) throw new Error(`${name}: not a labelled document (${parsed.error.issues[0]?.message})`);
    documents.push({ ...parsed.data, id: parsed.data.id ?? name.replace(/\.json$/, "") });
  }
  return documents;
}
