import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { rightAsExtracted } from "@/lib/labels/label-fields";
import type { DecidedRun, PipelineDecision } from "@/lib/labels/learn-from-decision";

// Every decided document becomes a labelled record (LabelRecord), written in the transaction that
// decides it: what was approved, by whom, and which fields a person had to correct. The reading's
// text and geometry stay on the Document and are joined in when the labels are exported. A person's
// decision (review or audit) replaces the pipeline's record of the same document.

type Tx = Prisma.TransactionClient;

/** The pipeline approved a document on its own: an unchecked record of the fields it approved. */
export async function labelPipelineApproval(tx: Tx, exec: DecidedRun, outcome: PipelineDecision, fields: Record<string, string | null>, now: Date): Promise<void> {
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
  run: { docType: string; confidence: number },
  approved: { fields: Record<string, string | null>; correctedFields: string[] },
  now: Date,
): Promise<void> {
  const data = {
    tenantId: decided.tenantId,
    runId: decided.runId,
    docType: run.docType,
    confidence: run.confidence,
    approvedBy: "human",
    approvedById: decided.userId,
    checked: true,
    rejected: !decided.approved,
    fields: approved.fields,
    correctedFields: approved.correctedFields,
    correct: rightAsExtracted(run.docType, decided.approved, approved.correctedFields),
    approvedAt: now,
  };
  await tx.labelRecord.upsert({ where: { documentId: decided.documentId }, create: { documentId: decided.documentId, ...data }, update: data });
}
