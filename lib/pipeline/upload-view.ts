import "server-only";
import type { z } from "zod";
import { documentSchema } from "@/lib/documents/document-contract";
import { documentView } from "@/lib/documents/views";
import { uploadedDocumentKeys, type uploadAcceptedSchema } from "@/lib/pipeline/pipeline-contract";
import { runStreamUrl } from "@/lib/pipeline/run-result";
import type { Submitted } from "@/lib/pipeline/start-run";

/** The upload's 202 answer, built from what start-run stored. */
export function uploadAccepted({ document, run, duplicate }: Submitted): z.infer<typeof uploadAcceptedSchema> {
  return {
    documentId: document.id,
    runId: run.id,
    duplicate,
    streamUrl: runStreamUrl(run.id),
    document: documentSchema.pick(uploadedDocumentKeys).parse(documentView(document, null)),
    run: { id: run.id, status: run.status, budgetCapMicros: run.budgetCapMicros, createdAt: run.createdAt.toISOString() },
  };
}
