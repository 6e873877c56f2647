import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import type { LabelledDocument } from "@/lib/eval/dataset";
import { reviewReasonKeys, type DocumentRun } from "@/lib/eval/document-runner";
import { fieldEvidenceSchema, readingSchema } from "@/lib/ingest/reading-schema";
import { submitDocument } from "@/lib/pipeline/start-run";
import { drainExecutions } from "@/lib/pipeline/run-registry";
import { docTypeIdSchema } from "@/lib/schemas/document-types";

// The evaluation on the real path: each labelled document's ORIGINAL file (the receipt scan
// `images/<id>.jpg`, an invoice's `file`) is uploaded as a user would, read by the run's reading
// stage (OCR or the PDF text layer), and scored on what the pipeline stored. The run keeps what
// it read, so the report can tell a misread from a label the text lacks.

const FINISHED = new Set(["waiting_for_answer", "needs_review", "approved", "rejected", "failed", "cancelled"]);

/** The document's original file in the dataset folder: its JSON's `file`, else `images/<id>.jpg|png`, else null. */
export async function originalFile(folder: string, doc: LabelledDocument): Promise<string | null> {
  const raw = JSON.parse(await readFile(path.join(folder, `${doc.id}.json`), "utf8").catch(() => "{}")) as { file?: unknown };
  const candidates = [
    ...(typeof raw.file === "string" ? [path.join(folder, raw.file)] : []),
    path.join(folder, "images", `${doc.id}.jpg`),
    path.join(folder, "images", `${doc.id}.png`),
  ];
  return candidates.find((p) => existsSync(p)) ?? null;
}

export type FileRun = Omit<DocumentRun, "fields"> & {
  fields: (DocumentRun["fields"][number] & { ocrConfidence: number | null })[];
  text: string;
  readMs: number | null;
  ocrConfidence: number | null;
  failed: string | null;
  failedMessage: string | null;
  /** What the document was read from: its page alone, or its page and the e-invoice XML inside it. */
  source: "page" | "e-invoice";
};

async function settledRun(runId: string) {
  for (let waited = 0; waited < 120_000; waited += 20) {
    await drainExecutions(5_000);
    const run = await db.run.findUniqueOrThrow({ where: { id: runId } });
    if (FINISHED.has(run.status)) return run;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`run ${runId} did not finish within 120 s`);
}

/** A runner uploading each document's original file into a fresh tenant; null when a document has no file. */
export async function filesRunner(folder: string): Promise<(doc: LabelledDocument) => Promise<FileRun | null>> {
  const tenant = await db.tenant.create({ data: { name: `Evaluation (files) ${new Date().toISOString()}` } });
  return async (doc) => {
    const file = await originalFile(folder, doc);
    if (!file) return null;
    const { run } = await submitDocument({ kind: "system", tenantId: tenant.id }, { bytes: new Uint8Array(await readFile(file)), filename: path.basename(file) });
    const settled = await settledRun(run.id);
    const [fields, document, reading] = await Promise.all([
      db.fieldValue.findMany({ where: { runId: run.id } }),
      db.document.findUniqueOrThrow({ where: { id: run.documentId }, select: { text: true, readingConfidence: true, reading: true } }),
      db.agentStep.findFirst({ where: { runId: run.id, agent: "reading" }, select: { durationMs: true } }),
    ]);
    return {
      docType: docTypeIdSchema.catch("generic").parse(settled.docType),
      approved: settled.status === "approved",
      reviewReasons: reviewReasonKeys(settled.decisionReasons),
      fields: fields.map((f) => ({
        name: f.name,
        value: f.value,
        confidence: f.confidence,
        source: f.sourceStart !== null && f.sourceEnd !== null ? { start: f.sourceStart, end: f.sourceEnd } : null,
        ocrConfidence: fieldEvidenceSchema.nullable().catch(null).parse(f.evidence)?.ocrConfidence ?? null,
      })),
      text: document.text ?? "",
      readMs: reading?.durationMs ?? null,
      ocrConfidence: document.readingConfidence,
      failed: settled.status === "failed" ? (settled.errorCode ?? settled.error ?? "failed") : null,
      failedMessage: settled.status === "failed" ? settled.error : null,
      source: readingSchema.safeParse(document.reading).data?.embeddedInvoice ? "e-invoice" : "page",
    };
  };
}
