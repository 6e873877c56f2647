import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { approvedFields } from "@/lib/labels/label-fields";
import { labelHumanDecision, labelPipelineApproval } from "@/lib/labels/record-label";
import { learnVendor } from "@/lib/vendors/vendor-store";

// What Sieve learns when a document is decided, inside the transaction that decides it: a labelled
// record, and the vendor registry. The two hooks the pipeline (persist-outcome.ts) and the review
// console (decisions.ts) call. An auto-approval picked for an audit teaches the vendor registry
// when the audit decides it, so that the person's corrections are what is learned.

type Tx = Prisma.TransactionClient;

export interface DecidedRun {
  run: { id: string; tenantId: string };
  document: { id: string };
  /** What the agents read. */
  text: string;
}

export interface PipelineDecision {
  decision: { outcome: string; confidence: number; auditSample?: boolean };
  docType: string;
  fields: Array<{ name: string; value: string | null; source: { start: number; end: number } | null }>;
}

export async function learnFromPipelineDecision(tx: Tx, exec: DecidedRun, outcome: PipelineDecision, now: Date): Promise<void> {
  if (outcome.decision.outcome !== "approved") return;
  const fields = Object.fromEntries(outcome.fields.map((f) => [f.name, f.value]));
  await labelPipelineApproval(tx, exec, outcome, fields, now);
  if (outcome.decision.auditSample) return;
  const spans = Object.fromEntries(outcome.fields.map((f) => [f.name, f.source]));
  await learnVendor(tx, exec.run, { docType: outcome.docType, fields, spans, text: exec.text, byHuman: false }, now);
}

export async function learnFromHumanDecision(tx: Tx, decided: { tenantId: string; runId: string; documentId: string; userId: string; approved: boolean }, now: Date): Promise<void> {
  const [run, rows, document] = await Promise.all([
    tx.run.findUniqueOrThrow({ where: { id: decided.runId }, select: { docType: true, confidence: true } }),
    tx.fieldValue.findMany({ where: { runId: decided.runId }, select: { name: true, value: true, correctedValue: true, sourceStart: true, sourceEnd: true } }),
    tx.document.findUniqueOrThrow({ where: { id: decided.documentId }, select: { text: true } }),
  ]);
  const docType = run.docType ?? "generic";
  const approved = approvedFields(rows);
  await labelHumanDecision(tx, decided, { docType, confidence: run.confidence ?? 0 }, approved, now);
  if (!decided.approved) return;
  // A corrected value's span is the extracted value's: it says nothing about where the right one is printed.
  const spans = Object.fromEntries(rows.map((r) => [r.name, r.correctedValue === null && r.sourceStart !== null && r.sourceEnd !== null ? { start: r.sourceStart, end: r.sourceEnd } : null]));
  await learnVendor(
    tx,
    { id: decided.runId, tenantId: decided.tenantId },
    { docType, fields: approved.fields, spans, text: document.text ?? "", byHuman: true, correctedFields: approved.correctedFields },
    now,
  );
}
