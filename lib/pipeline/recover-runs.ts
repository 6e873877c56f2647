import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { EXECUTOR_LEASE_MS, launchRun } from "@/lib/pipeline/execute-run";
import { activeExecutions, drainExecutions, followCancellations, isExecutingHere } from "@/lib/pipeline/run-registry";

// In-process mode (SIEVE_WORKERS=in-process). Runs outlive the process that started them: on
// start-up, and every minute after, runs left queued or running (a restart, a crashed instance)
// are executed again from where they stopped. The executor lock keeps a run that another
// instance is executing out of our hands. With external workers, BullMQ does this (run-worker.ts).

// A run whose executor died is picked up within one lease plus one sweep.
const SWEEP_EVERY_MS = 15_000;
/** A run untouched this long while "running" may have lost its executor (its lease says for sure). */
const STALE_AFTER_MS = EXECUTOR_LEASE_MS;
const BATCH = 50;
const SHUTDOWN_GRACE_MS = 20_000;

export async function resumeInterruptedRuns(staleAfterMs: number): Promise<number> {
  const runs = await db.run.findMany({
    where: { status: { in: ["queued", "running"] }, updatedAt: { lt: new Date(Date.now() - staleAfterMs) } },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: BATCH,
  });
  for (const run of runs) if (!isExecutingHere(run.id)) void launchRun(run.id, { lockWaitMs: 0 });
  return runs.length;
}

export function startRunRecovery(): { stop(): Promise<void> } {
  const sweep = (staleAfterMs: number) =>
    resumeInterruptedRuns(staleAfterMs)
      .then((n) => n > 0 && log.info({ runs: n }, "resuming interrupted runs"))
      .catch((err: unknown) => log.error({ err }, "run recovery sweep failed"));
  // Nothing runs in this process yet, so whatever is unfinished now was interrupted (or is another instance's).
  void sweep(0);
  const timer = setInterval(() => void sweep(STALE_AFTER_MS), SWEEP_EVERY_MS).unref();
  const following = followCancellations().catch((err: unknown) => {
    log.warn({ err }, "not following other instances' cancellations");
    return async () => undefined;
  });
  return {
    async stop() {
      clearInterval(timer);
      await (await following)();
      // Runs still executing after the grace period are resumed by the next start.
      if (activeExecutions() > 0) await drainExecutions(SHUTDOWN_GRACE_MS);
    },
  };
}
