import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";

// ModelCall rows and Run.spentMicros increments are queued in memory and written in batches off the
// call path. flush() drains everything; the app's shutdown hook calls flushCallRecords().

export type CallRecord = Prisma.ModelCallCreateManyInput & { createdAt: Date };

const BATCH_SIZE = 500;
const INTERVAL_MS = 500;

export class CallRecorder {
  private queue: CallRecord[] = [];
  private spend = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly options: { batchSize?: number; intervalMs?: number } = {}) {}

  record(row: CallRecord): void {
    this.queue.push(row);
    if (row.runId && row.costMicros) this.spend.set(row.runId, (this.spend.get(row.runId) ?? 0) + row.costMicros);
    if (this.queue.length >= (this.options.batchSize ?? BATCH_SIZE)) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), this.options.intervalMs ?? INTERVAL_MS).unref();
  }

  /** Rows waiting to be written. */
  get pending(): number {
    return this.queue.length;
  }

  /** Writes everything queued so far; resolves once it is in the database (or logged as unwritable). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    // Writes are chained so rows land in order and a flush waits for the one already running.
    this.writing = this.writing.then(() => this.drain()).catch((error: unknown) => log.error({ err: error }, "call records: flush failed"));
    return this.writing;
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0 || this.spend.size > 0) {
      const rows = this.queue.splice(0, this.options.batchSize ?? BATCH_SIZE);
      const spend = this.spend;
      this.spend = new Map();
      await this.writeRows(rows);
      await this.writeSpend(spend);
    }
  }

  private async writeRows(rows: CallRecord[]): Promise<void> {
    if (rows.length === 0) return;
    try {
      await insertRows(rows);
    } catch (error) {
      // One bad row (say, its run was deleted meanwhile) must not sink the batch: retry one by one.
      log.warn({ err: error, rows: rows.length }, "call records: batch insert failed; inserting one by one");
      for (const row of rows) {
        await insertRows([row]).catch((rowError: unknown) => {
          log.error({ err: rowError, runId: row.runId, model: row.model }, "call records: dropped a ModelCall row");
        });
      }
    }
  }

  private async writeSpend(spend: Map<string, number>): Promise<void> {
    if (spend.size === 0) return;
    const ids = [...spend.keys()];
    const deltas = ids.map((id) => spend.get(id)!);
    try {
      await db.$executeRaw`UPDATE "Run" AS r SET "spentMicros" = r."spentMicros" + d.delta
        FROM unnest(${ids}::text[], ${deltas}::int[]) AS d(id, delta) WHERE r.id = d.id`;
    } catch (error) {
      log.error({ err: error, runs: ids.length }, "call records: could not add spend to runs");
    }
  }
}

let sequence = 0;

/** Time-ordered unique ids, like the cuids Prisma would make. */
function rowId(): string {
  sequence = (sequence + 1) % 1_296;
  return `c${Date.now().toString(36)}${sequence.toString(36).padStart(2, "0")}${crypto.randomBytes(6).toString("hex")}`;
}

/**
 * One INSERT … SELECT FROM unnest(arrays) per batch. Prisma's createMany spends hundreds of
 * milliseconds of main-thread time on a few hundred rows, which model calls in flight would feel.
 */
async function insertRows(rows: CallRecord[]): Promise<void> {
  const col = <T>(pick: (row: CallRecord) => T) => rows.map(pick);
  await db.$executeRaw`INSERT INTO "ModelCall" (id, "runId", "agentStepId", "tenantId", "apiTokenId", agent, provider, model, attempt,
      "inputTokens", "outputTokens", "costMicros", "latencyMs", "cacheHit", streamed, "errorClass", "errorMessage", "breakerState", "createdAt")
    SELECT id, "runId", "agentStepId", "tenantId", "apiTokenId", agent, provider, model, attempt, "inputTokens", "outputTokens", "costMicros",
      "latencyMs", "cacheHit", streamed, "errorClass", "errorMessage", "breakerState", ("createdAt"::timestamptz AT TIME ZONE 'UTC')
    FROM unnest(
      ${col((r) => r.id ?? rowId())}::text[], ${col((r) => r.runId ?? null)}::text[], ${col((r) => r.agentStepId ?? null)}::text[],
      ${col((r) => r.tenantId ?? null)}::text[], ${col((r) => r.apiTokenId ?? null)}::text[], ${col((r) => r.agent ?? null)}::text[],
      ${col((r) => r.provider)}::text[], ${col((r) => r.model)}::text[], ${col((r) => r.attempt ?? 1)}::int[],
      ${col((r) => r.inputTokens ?? 0)}::int[], ${col((r) => r.outputTokens ?? 0)}::int[], ${col((r) => r.costMicros ?? 0)}::int[],
      ${col((r) => r.latencyMs ?? 0)}::int[], ${col((r) => r.cacheHit ?? false)}::boolean[], ${col((r) => r.streamed ?? false)}::boolean[],
      ${col((r) => r.errorClass ?? null)}::text[], ${col((r) => r.errorMessage ?? null)}::text[], ${col((r) => r.breakerState ?? null)}::text[],
      ${col((r) => r.createdAt.toISOString())}::text[]
    ) AS t(id, "runId", "agentStepId", "tenantId", "apiTokenId", agent, provider, model, attempt, "inputTokens", "outputTokens", "costMicros",
      "latencyMs", "cacheHit", streamed, "errorClass", "errorMessage", "breakerState", "createdAt")`;
}

const holder = globalThis as unknown as { sieveCallRecorder?: CallRecorder };

/** The process's recorder, shared by every gateway instance. */
export function callRecorder(): CallRecorder {
  holder.sieveCallRecorder ??= new CallRecorder();
  return holder.sieveCallRecorder;
}

/** Writes every queued ModelCall row and run spend; call it on graceful shutdown (and in tests). */
export function flushCallRecords(): Promise<void> {
  return callRecorder().flush();
}
