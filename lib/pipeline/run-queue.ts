import "server-only";
import { Queue, type ConnectionOptions, type JobsOptions } from "bullmq";
import { Redis } from "ioredis";
import { env } from "@/lib/env";
import { launchRun, type ExecuteOptions, type FreshRun } from "@/lib/pipeline/execute-run";
import { runPriority } from "@/lib/pipeline/run-priority";

// Where a run executes. SIEVE_WORKERS=external: as a BullMQ job on the "runs" queue in Redis, one
// job per run (the job id is the run id, so enqueueing twice is a no-op), taken by `npm run worker`
// processes. Otherwise in this process, as before (launchRun).

export const RUN_QUEUE = "runs";

export interface RunJob {
  runId: string;
  /** For per-tenant concurrency (SIEVE_TENANT_CONCURRENCY). */
  tenantId: string;
}

/** A job that fails (the database unreachable, say) is tried again later; a run decides its own failures. */
const JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: "exponential", delay: 5_000 },
  // Gone once done, so the same run id can be queued again when an answer resumes the run.
  removeOnComplete: true,
  removeOnFail: { age: 7 * 86_400 },
};

/** BullMQ's keys sit beside Sieve's own, under the same prefix. */
export function queueConnection(): { connection: Redis; prefix: string } {
  const { REDIS_URL, REDIS_KEY_PREFIX } = env();
  return { connection: new Redis(REDIS_URL!, { maxRetriesPerRequest: null }), prefix: `${REDIS_KEY_PREFIX}bull` };
}

const holder = globalThis as unknown as { sieveRunQueue?: { queue: Queue<RunJob>; connection: Redis } };

function runQueue(): Queue<RunJob> {
  if (!holder.sieveRunQueue) {
    const { connection, prefix } = queueConnection();
    holder.sieveRunQueue = { queue: new Queue<RunJob>(RUN_QUEUE, { connection: connection as ConnectionOptions, prefix }), connection };
  }
  return holder.sieveRunQueue.queue;
}

export async function closeRunQueue(): Promise<void> {
  const open = holder.sieveRunQueue;
  holder.sieveRunQueue = undefined;
  if (!open) return;
  await open.queue.close();
  await open.connection.quit().catch(() => undefined);
}

/** Queues the run for the workers; a run already queued or executing keeps its one job. */
export async function enqueueRun(job: RunJob, order: Parameters<typeof runPriority>[0]): Promise<void> {
  await runQueue().add("run", job, { ...JOB_OPTIONS, jobId: job.runId, priority: runPriority(order) });
}

/** Starts (or resumes) a run's execution where the configuration says; returns once it is handed over. */
export async function dispatchRun(job: RunJob, order: Parameters<typeof runPriority>[0], here: { options?: ExecuteOptions; fresh?: FreshRun } = {}): Promise<void> {
  if (env().SIEVE_WORKERS === "external") return enqueueRun(job, order);
  void launchRun(job.runId, here.options, here.fresh);
}
