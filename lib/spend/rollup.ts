import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { getStore } from "@/lib/store/get-store";
import type { Store } from "@/lib/store/store";
import { addHours, floorHour, HOUR_MS, utc } from "@/lib/core/time";
import { hourlyFromCalls } from "@/lib/spend/spend-facts";

// Keeps SpendHour up to date: closed hours are aggregated from ModelCall once and re-aggregated for a
// while afterwards, so late batched writes and document types classified later still land.

const STATE_ID = "hourly";
const LOCK_KEY = "spend:rollup";

export interface RollupOptions {
  now?: Date;
  /** An hour is rolled up only once it ended this long ago (batched call records are written by then). */
  settleMs?: number;
  /** Hours before the mark that are aggregated again on every pass. */
  rerollHours?: number;
  /** Hours per transaction when catching up. */
  chunkHours?: number;
  store?: Store;
}

export interface RollupResult {
  skipped: boolean;
  from?: Date;
  to?: Date;
}

/** Hours before this are in SpendHour; null before the first rollup. */
export async function rolledUntil(): Promise<Date | null> {
  const state = await db.spendRollupState.findUnique({ where: { id: STATE_ID }, select: { rolledUntil: true } });
  return state?.rolledUntil ?? null;
}

async function rollChunk(from: Date, to: Date): Promise<void> {
  await db.$transaction([
    db.$executeRaw`DELETE FROM "SpendHour" WHERE "hour" >= ${utc(from)} AND "hour" < ${utc(to)}`,
    db.$executeRaw`INSERT INTO "SpendHour" ("hour", "tenantId", "dim", "key", "provider", "calls", "costMicros", "inputTokens",
        "outputTokens", "cacheHits", "hitInputTokens", "hitOutputTokens", "retries", "retryCostMicros", "errors")
      ${hourlyFromCalls(Prisma.sql`mc."createdAt" >= ${utc(from)} AND mc."createdAt" < ${utc(to)}`)}`,
    db.$executeRaw`INSERT INTO "SpendRollupState" ("id", "rolledUntil", "updatedAt") VALUES (${STATE_ID}, ${utc(to)}, now())
      ON CONFLICT ("id") DO UPDATE SET "rolledUntil" = GREATEST("SpendRollupState"."rolledUntil", EXCLUDED."rolledUntil"), "updatedAt" = now()`,
  ]);
}

/** One pass; several instances may call it, one does the work (store lock). */
export async function rollUpSpend(options: RollupOptions = {}): Promise<RollupResult> {
  const now = options.now ?? new Date();
  const target = floorHour(new Date(now.getTime() - (options.settleMs ?? 5 * 60_000)));
  const chunkMs = (options.chunkHours ?? 24 * 7) * HOUR_MS;
  const lock = await (options.store ?? getStore()).acquireLock(LOCK_KEY, 10 * 60_000);
  if (!lock) return { skipped: true };
  try {
    const mark = await rolledUntil();
    // Work happens once an hour, when another hour closes; each pass also redoes the day before it.
    if (mark && target <= mark) return { skipped: false };
    let start: Date;
    if (mark) {
      start = addHours(new Date(Math.min(mark.getTime(), target.getTime())), -(options.rerollHours ?? 24));
    } else {
      const first = await db.modelCall.findFirst({ orderBy: { createdAt: "asc" }, select: { createdAt: true } });
      start = first ? floorHour(first.createdAt) : target;
    }
    for (let from = start; from < target; ) {
      const to = new Date(Math.min(from.getTime() + chunkMs, target.getTime()));
      await rollChunk(from, to);
      from = to;
    }
    if (start >= target && !mark) await rollChunk(target, target);
    log.debug({ from: start, to: target }, "spend rollup done");
    return { skipped: false, from: start, to: target };
  } finally {
    await lock.release();
  }
}
