import "server-only";
import { db } from "@/lib/db";
import type { AgentStep } from "@/lib/generated/prisma/client";
import { batchFailed } from "@/lib/log";
import { WriteBatch } from "@/lib/core/write-batch";

// AgentStep rows of every run in this process: new steps in one INSERT, finished steps in one
// UPDATE per batch (see write-batch.ts). A step's own writes stay in order (agent-steps.ts
// chains them), and nobody waits for them but the run's decision.

export type NewStepRow = Pick<AgentStep, "id" | "runId" | "agent" | "tier" | "status" | "startedAt" | "escalationReason"> &
  Partial<Pick<AgentStep, "confidence" | "decision" | "error" | "finishedAt" | "durationMs">> & { input: unknown; output?: unknown };

/** When the step was recorded, not when its batch was written: steps are ordered by it. */
type QueuedStepRow = NewStepRow & { createdAt: Date };

export type FinishedStepRow = Pick<AgentStep, "id" | "status" | "confidence" | "decision" | "escalationReason" | "error" | "durationMs"> & {
  finishedAt: Date;
  /** Undefined leaves the stored output as it is. */
  output?: unknown;
};

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
const utc = (date: Date | null | undefined) => date?.toISOString() ?? null;

async function insertSteps(rows: QueuedStepRow[]): Promise<void> {
  const col = <T>(pick: (row: QueuedStepRow) => T) => rows.map(pick);
  await db.$executeRaw`INSERT INTO "AgentStep" (id, "runId", agent, tier, status, input, output, confidence, decision, "escalationReason", error,
      "createdAt", "startedAt", "finishedAt", "durationMs")
    SELECT id, "runId", agent, tier, status::"StepStatus", input, output, confidence, decision, "escalationReason", error,
      ("createdAt"::timestamptz AT TIME ZONE 'UTC'), ("startedAt"::timestamptz AT TIME ZONE 'UTC'), ("finishedAt"::timestamptz AT TIME ZONE 'UTC'), "durationMs"
    FROM unnest(${col((r) => r.id)}::text[], ${col((r) => r.runId)}::text[], ${col((r) => r.agent)}::text[], ${col((r) => r.tier)}::text[],
      ${col((r) => r.status)}::text[], ${col((r) => json(r.input))}::jsonb[], ${col((r) => json(r.output))}::jsonb[],
      ${col((r) => r.confidence ?? null)}::float8[], ${col((r) => r.decision ?? null)}::text[], ${col((r) => r.escalationReason)}::text[],
      ${col((r) => r.error ?? null)}::text[], ${col((r) => utc(r.startedAt))}::text[], ${col((r) => utc(r.finishedAt))}::text[],
      ${col((r) => r.durationMs ?? null)}::int[], ${col((r) => r.createdAt.toISOString())}::text[])
      AS t(id, "runId", agent, tier, status, input, output, confidence, decision, "escalationReason", error, "startedAt", "finishedAt", "durationMs", "createdAt")`;
}

async function finishSteps(rows: FinishedStepRow[]): Promise<void> {
  const col = <T>(pick: (row: FinishedStepRow) => T) => rows.map(pick);
  const updated = await db.$queryRaw<Array<{ id: string }>>`UPDATE "AgentStep" AS s
    SET status = d.status::"StepStatus", output = COALESCE(d.output, s.output), confidence = d.confidence, decision = d.decision,
      "escalationReason" = d."escalationReason", error = d.error, "finishedAt" = (d."finishedAt"::timestamptz AT TIME ZONE 'UTC'), "durationMs" = d."durationMs"
    FROM unnest(${col((r) => r.id)}::text[], ${col((r) => r.status)}::text[], ${col((r) => json(r.output))}::jsonb[], ${col((r) => r.confidence)}::float8[],
      ${col((r) => r.decision)}::text[], ${col((r) => r.escalationReason)}::text[], ${col((r) => r.error)}::text[],
      ${col((r) => r.finishedAt.toISOString())}::text[], ${col((r) => r.durationMs)}::int[])
      AS d(id, status, output, confidence, decision, "escalationReason", error, "finishedAt", "durationMs")
    WHERE s.id = d.id
    RETURNING s.id`;
  // As Prisma's update would: a step that is not there is an error (the run's trace would be incomplete).
  if (updated.length < rows.length) throw new Error(`${rows.length - updated.length} agent step(s) to finish not found`);
}

const holder = globalThis as unknown as { sieveStepRows?: { added: WriteBatch<QueuedStepRow>; finished: WriteBatch<FinishedStepRow> } };

function batches() {
  holder.sieveStepRows ??= {
    added: new WriteBatch({ write: insertSteps, onBatchFailed: batchFailed("agent steps") }),
    finished: new WriteBatch({ write: finishSteps, onBatchFailed: batchFailed("agent steps") }),
  };
  return holder.sieveStepRows;
}

/** Inserts a step, with the next batch of steps any run starts. */
export function insertStepRow(row: NewStepRow): Promise<void> {
  return batches().added.write([{ ...row, createdAt: new Date() }], "soon");
}

/** Records a step's end, with the next batch of steps any run finishes. */
export function finishStepRow(row: FinishedStepRow): Promise<void> {
  return batches().finished.write([row], "soon");
}
