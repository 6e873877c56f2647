// npm run worker: one worker process for pipeline runs (SIEVE_WORKERS=external). Start as many as
// you like, on any machine that reaches the same PostgreSQL (DATABASE_URL) and Redis (REDIS_URL).
// SIEVE_WORKER_CONCURRENCY runs at once per process. SIEVE_WORKER_LEASE_MS: how soon another
// worker takes over the runs of one that died. SIGTERM/SIGINT: no new runs; running ones get
// SIEVE_WORKER_GRACE_MS to finish, then go back to the queue for another worker.
import { closeDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { flushCallRecords } from "@/lib/gateway/call-recorder";
import { log } from "@/lib/log";
import { closeRunQueue } from "@/lib/pipeline/run-queue";
import { startRunWorker } from "@/lib/pipeline/run-worker";
import { closeStore } from "@/lib/store/get-store";

const config = env();
if (!config.REDIS_URL || !config.DATABASE_URL) {
  console.error("sieve worker: needs REDIS_URL (the queue) and DATABASE_URL (a PostgreSQL shared with the web instances)");
  process.exit(78);
}

const worker = startRunWorker();
let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  log.info({ signal, pid: process.pid }, "run worker stopping");
  await worker.stop(config.SIEVE_WORKER_GRACE_MS);
  await flushCallRecords();
  await Promise.allSettled([closeRunQueue(), closeStore(), closeDatabase()]);
  process.exit(0);
};
process.once("SIGTERM", () => void stop("SIGTERM"));
process.once("SIGINT", () => void stop("SIGINT"));
