import "server-only";
import os from "node:os";
import { DelayedError, WaitingError, Worker, type ConnectionOptions, type Job } from "bullmq";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { executeRun } from "@/lib/pipeline/execute-run";
import { enqueueRun, queueConnection, RUN_QUEUE, type RunJob } from "@/lib/pipeline/run-queue";
import { abortAllExecutions, followCancellations, trackExecution } from "@/lib/pipeline/run-registry";
import { getStore } from "@/lib/store/get-store";
import { keepLeased } from "@/lib/store/lease";
import type { Lock } from "@/lib/store/store";

// A worker process's share of the "runs" queue (SIEVE_WORKERS=external). BullMQ holds each job
// under a lease renewed while this process lives: a worker killed mid-run lets the lease lapse,
// and the stalled-job check of any live worker hands the job to another (replacing the in-process
// sweep and executor lock). The run resumes from what was stored: finished agents are reused.

/** Runs left queued or running with no job (enqueued from a crashed web instance, or before workers existed). */
const ORPHANS_EVERY_MS = 60_000;
const ORPHANS_BATCH = 500;
/** A tenant at its limit: its job waits this long (plus jitter) before trying for a slot again. */
const TENANT_WAIT_MS = 1_000;

/** The abort reason when shutdown runs out of patience: the job goes back to the queue, not to failed. */
class HandBack extends Error {}

/**
 * A slot among the tenant's SIEVE_TENANT_CONCURRENCY: a leased lock, so a crashed worker's slot
 * frees itself. BullMQ's open-source edition has no per-group concurrency (that is BullMQ Pro's groups).
 */
async function tenantSlot(tenantId: string, limit: number, leaseMs: number): Promise<Lock | null> {
  for (let slot = 0; slot < limit; slot++) {
    const lock = await getStore().acquireLock(`runs:tenant:${tenantId}:slot:${slot}`, leaseMs);
    if (lock) return lock;
  }
  return null;
}

async function processRun(job: Job<RunJob>, token: string | undefined): Promise<void> {
  const { SIEVE_TENANT_CONCURRENCY: perTenant, SIEVE_WORKER_LEASE_MS: leaseMs } = env();
  const { runId, tenantId } = job.data;
  const slot = perTenant > 0 ? await tenantSlot(tenantId, perTenant, leaseMs) : null;
  if (perTenant > 0 && !slot) {
    await job.moveToDelayed(Date.now() + TENANT_WAIT_MS + Math.round(Math.random() * TENANT_WAIT_MS), token);
    throw new DelayedError();
  }
  const stopLease = slot ? keepLeased(slot, leaseMs) : () => undefined;
  const controller = new AbortController();
  const done = executeRun(runId, controller.signal);
  trackExecution(runId, controller, done.catch(() => undefined));
  try {
    await done;
  } finally {
    stopLease();
    await slot?.release().catch(() => undefined);
  }
  if (controller.signal.reason instanceof HandBack) {
    await job.moveToWait(token);
    throw new WaitingError();
  }
}

/** An answer that arrived while this run's job was finishing found the job still there: queue it now. */
async function requeueIfQueued(runId: string): Promise<void> {
  const run = await db.run.findUnique({ where: { id: runId }, select: { status: true, tenantId: true } });
  if (run?.status === "queued") await enqueueRun({ runId, tenantId: run.tenantId }, { resumed: true, bytes: 0, pages: null });
}

async function markFailed(runId: string, error: Error): Promise<void> {
  const { count } = await db.run.updateMany({
    where: { id: runId, status: { in: ["queued", "running"] } },
    data: { status: "failed", error: error.message.slice(0, 500), errorCode: "run_failed", finishedAt: new Date(), version: { increment: 1 } },
  });
  if (count > 0) log.error({ err: error, runId }, "run failed on every attempt");
}

/** Queues every run left queued or running past `olderThanMs`; a run that has its job keeps that one. */
export async function requeueOrphans(olderThanMs: number): Promise<number> {
  const runs = await db.run.findMany({
    where: { status: { in: ["queued", "running"] }, updatedAt: { lt: new Date(Date.now() - olderThanMs) } },
    select: { id: true, tenantId: true, status: true, document: { select: { size: true, pageCount: true } } },
    orderBy: { createdAt: "asc" },
    take: ORPHANS_BATCH,
  });
  for (const run of runs) {
    await enqueueRun({ runId: run.id, tenantId: run.tenantId }, { resumed: false, bytes: run.document.size, pages: run.document.pageCount });
  }
  return runs.length;
}

export function startRunWorker(): { stop(graceMs: number): Promise<void> } {
  const { SIEVE_WORKER_CONCURRENCY: concurrency, SIEVE_WORKER_LEASE_MS: leaseMs } = env();
  const { connection, prefix } = queueConnection();
  const worker = new Worker<RunJob>(RUN_QUEUE, processRun, {
    connection: connection as ConnectionOptions,
    prefix,
    // Stored on each job it takes (job.processedBy): which process executes a run.
    name: `${os.hostname()}:${process.pid}`,
    concurrency,
    lockDuration: leaseMs,
    // Checked twice per lease, so a dead worker's run waits at most about one and a half leases.
    stalledInterval: Math.max(500, Math.floor(leaseMs / 2)),
    // A run that twice took its worker down with it (out of memory, say) is not tried a third time.
    maxStalledCount: 2,
  });
  worker.on("completed", (job) => void requeueIfQueued(job.data.runId).catch((err: unknown) => log.warn({ err, runId: job.data.runId }, "could not check a finished run")));
  worker.on("failed", (job, error) => {
    if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) void markFailed(job.data.runId, error).catch(() => undefined);
  });
  worker.on("error", (err) => log.error({ err }, "run worker: queue error"));

  const orphans = (olderThanMs: number) =>
    requeueOrphans(olderThanMs)
      .then((n) => n > 0 && log.info({ runs: n }, "run worker: queued runs that had no job"))
      .catch((err: unknown) => log.error({ err }, "run worker: orphan check failed"));
  void orphans(0);
  const timer = setInterval(() => void orphans(ORPHANS_EVERY_MS), ORPHANS_EVERY_MS).unref();
  const following = followCancellations().catch((err: unknown) => {
    log.warn({ err }, "run worker: not following cancellations");
    return async () => undefined;
  });
  log.info({ concurrency, leaseMs, pid: process.pid }, "run worker started");

  return {
    /** Takes no new job, lets running ones finish for `graceMs`, then hands the rest back to the queue. */
    async stop(graceMs) {
      clearInterval(timer);
      const impatient = setTimeout(() => abortAllExecutions(new HandBack("the worker is shutting down")), graceMs);
      await worker.close();
      clearTimeout(impatient);
      log.info({ pid: process.pid }, "run worker closed");
      await (await following)();
      await connection.quit().catch(() => undefined);
    },
  };
}
