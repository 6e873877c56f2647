import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { labelHumanDecision, labelPipelineApproval } from "@/lib/labels/record-label";

// What Sieve learns when a document is decided, inside the transaction that decides it. The two
// hooks the pipeline (persist-outcome.ts) and the review console (decisions.ts) call.

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
}

export async function learnFromPipelineDecision(tx: Tx, exec: DecidedRun, outcome: PipelineDecision, now: Date): Promise<void> {
  await labelPipelineApproval(tx, exec, outcome, now);
}

export async function learnFromHumanDecision(tx: Tx, decided: { tenantId: string; runId: string; documentId: string; userId: string; approved: boolean }, now: Date): Promise<void> {
  await labelHumanDecision(tx, decided, now);
}
