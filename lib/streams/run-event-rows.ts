import "server-only";
import { db } from "@/lib/db";
import { batchFailed } from "@/lib/log";
import { WriteBatch } from "@/lib/core/write-batch";

// RunEvent rows of every run in this process, written together: one INSERT per batch instead of
// a Prisma createMany per run and flush (milliseconds of main thread each, where streams stalled).

export interface RunEventRow {
  runId: string;
  seq: number;
  type: string;
  data: object;
  createdAt: Date;
}

/** How long rows of runs in progress wait for others to share their INSERT. */
const BATCH_DELAY_MS = 50;
const MAX_ROWS_PER_INSERT = 1_000;

async function insertRows(rows: RunEventRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += MAX_ROWS_PER_INSERT) {
    const part = rows.slice(i, i + MAX_ROWS_PER_INSERT);
    const col = <T>(pick: (row: RunEventRow) => T) => part.map(pick);
    await db.$executeRaw`INSERT INTO "RunEvent" ("runId", seq, type, data, "createdAt")
      SELECT "runId", seq, type, data, ("createdAt"::timestamptz AT TIME ZONE 'UTC')
      FROM unnest(${col((r) => r.runId)}::text[], ${col((r) => r.seq)}::int[], ${col((r) => r.type)}::text[],
        ${col((r) => JSON.stringify(r.data))}::jsonb[], ${col((r) => r.createdAt.toISOString())}::text[]) AS t("runId", seq, type, data, "createdAt")
      ON CONFLICT ("runId", seq) DO NOTHING`;
  }
}

const holder = globalThis as unknown as { sieveRunEventRows?: WriteBatch<RunEventRow> };

/** The process's RunEvent row writer, shared by every run. */
export function runEventRows(): WriteBatch<RunEventRow> {
  holder.sieveRunEventRows ??= new WriteBatch({ delayMs: BATCH_DELAY_MS, write: insertRows, onBatchFailed: batchFailed("run events") });
  return holder.sieveRunEventRows;
}
