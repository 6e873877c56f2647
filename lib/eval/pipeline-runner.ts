import { db } from "@/lib/db";
import { submitDocument } from "@/lib/pipeline/start-run";
import { drainExecutions } from "@/lib/pipeline/run-registry";
import { reviewReasonKeys, type DocumentRunner } from "@/lib/eval/document-runner";
import { docTypeIdSchema } from "@/lib/schemas/document-types";

// The whole pipeline as the evaluation's runner: each labelled text is uploaded as a plain-text
// document of a fresh tenant, runs through ingest, the agents, validation and routing exactly as
// an upload would, and is scored on what the pipeline stored. "Approved" means approved without a human.

const FINISHED = new Set(["waiting_for_answer", "needs_review", "approved", "rejected", "failed", "cancelled"]);

/** The run once it rests (or waits for an answer). */
export async function settledRun(runId: string, timeoutMs = 30_000) {
  for (let waited = 0; waited < timeoutMs; waited += 20) {
    await drainExecutions(5_000);
    const run = await db.run.findUniqueOrThrow({ where: { id: runId } });
    if (FINISHED.has(run.status)) return run;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`run ${runId} did not finish within ${timeoutMs / 1000} s`);
}

export async function pipelineRunner(): Promise<DocumentRunner> {
  const tenant = await db.tenant.create({ data: { name: `Evaluation ${new Date().toISOString()}` } });
  return async (doc) => {
    const { run } = await submitDocument({ kind: "system", tenantId: tenant.id }, { bytes: new TextEncoder().encode(doc.text), filename: `${doc.id}.txt` });
    const settled = await settledRun(run.id);
    const fields = await db.fieldValue.findMany({ where: { runId: run.id } });
    return {
      docType: docTypeIdSchema.catch("generic").parse(settled.docType),
      approved: settled.status === "approved",
      reviewReasons: reviewReasonKeys(settled.decisionReasons),
      fields: fields.map((f) => ({
        name: f.name,
        value: f.value,
        confidence: f.confidence,
        source: f.sourceStart !== null && f.sourceEnd !== null ? { start: f.sourceStart, end: f.sourceEnd } : null,
      })),
    };
  };
}
