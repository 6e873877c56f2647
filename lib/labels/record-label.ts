import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { approvedFields, rightAsExtracted } from "@/lib/labels/label-fields";
import type { DecidedRun, PipelineDecision } from "@/lib/labels/learn-from-decision";

// Every decided document becomes a labelled record (LabelRecord), written in the transaction that
// decides it: what was approved, by whom, and which fields a person had to correct. The reading's
// text and geometry stay on the Document and are joined in when the labels are exported. A person's
// decision (review or audit) replaces the pipeline's record of the same document.

type Tx = Prisma.TransactionClient;

/** The pipeline approved a document on its own: an unchecked record of the fields it approved. */
export async function labelPipelineApproval(tx: Tx, exec: DecidedRun, outcome: PipelineDecision, now: Date): Promise<void> {
  if (outcome.decision.outcome !== "approved") return;
  const rows = await tx.fieldValue.findMany({ where: { runId: exec.run.id }, select: { name: true, value: true, correctedValue: true } });
  const { fields } = approvedFields(rows);
  const data = {
    tenantId: exec.run.tenantId,
    runId: exec.run.id,
    docType: outcome.docType,
    confidence: outcome.decision.confidence,
    approvedBy: "pipeline",
    approvedById: null,
    checked: false,
    rejected: false,
    fields,
    correctedFields: [],
    correct: null,
    approvedAt: now,
  };
  await tx.labelRecord.upsert({ where: { documentId: exec.document.id }, create: { documentId: exec.document.id, ...data }, update: data });
}

/** A person approved or rejected the document: a checked record, whose correctness is now known. */
export async function labelHumanDecision(
  tx: Tx,
  decided: { tenantId: string; runId: string; documentId: string; userId: string; approved: boolean },
  now: Date,
): Promise<void> {
  const [run, rows] = await Promise.all([
    tx.run.findUniqueOrThrow({ where: { id: decided.runId }, select: { docType: true, confidence: true } }),
    tx.fieldValue.findMany({ where: { runId: decided.runId }, select: { name: true, value: true, correctedValue: true } }),
  ]);
  const docType = run.docType ?? "generic";
  const { fields, correctedFields } = approvedFields(rows);
  const data = {
    tenantId: decided.tenantId,
    runId: decided.runId,
    docType,
    confidence: run.confidence ?? 0,
    approvedBy: "human",
    approvedById: decided.userId,
    checked: true,
    rejected: !decided.approved,
    fields,
    correctedFields,
    correct: rightAsExtracted(docType, decided.approved, correctedFields),
    approvedAt: now,
  };
  await tx.labelRecord.upsert({ where: { documentId: decided.documentId }, create: { documentId: decided.documentId, ...data }, update: data });
}
