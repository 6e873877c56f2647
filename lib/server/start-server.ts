import "server-only";
import { ensureDatabase, closeDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { formatCredentials, seedDemoData } from "@/lib/auth/seed";
import { closeStore } from "@/lib/store/get-store";
import { log } from "@/lib/log";

type Hook = () => Promise<void> | void;
const holder = globalThis as unknown as { sieveShutdownHooks?: Hook[]; sieveStarted?: boolean };
/** Longer than the run drain (20 s, lib/pipeline/recover-runs.ts), shorter than a container's kill timeout. */
const SHUTDOWN_HARD_EXIT_MS = 30_000;

/** Capabilities register work to finish before the process exits (e.g. flushing batched records). */
export function onShutdown(hook: Hook) {
  (holder.sieveShutdownHooks ??= []).push(hook);
}

export async function startServer() {
  if (holder.sieveStarted) return;
  holder.sieveStarted = true;
  const database = await ensureDatabase();
  log.info({ database: database.kind, cache: env().REDIS_URL ? "redis" : "memory" }, "sieve starting");
  if (env().SIEVE_SEED_ON_START) {
    const result = await seedDemoData({ password: env().SIEVE_DEMO_PASSWORD });
    if (result.created) console.log(`\n${formatCredentials(result)}\n`);
  }
  const { startBackgroundWork } = await import("@/lib/server/background");
  await startBackgroundWork();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "sieve stopping");
    // Open streams keep Next's own server.close() waiting, and a hook may hang on a dead
    // dependency: the process ends regardless once the grace period is over.
    setTimeout(() => {
      log.warn({ signal, graceMs: SHUTDOWN_HARD_EXIT_MS }, "sieve did not stop in time; exiting");
      process.exit(1);
    }, SHUTDOWN_HARD_EXIT_MS).unref();
    for (const hook of holder.sieveShutdownHooks ?? []) {
      await Promise.resolve(hook()).catch((err: unknown) => log.error({ err }, "shutdown hook failed"));
    }
    await Promise.all([closeStore(), closeDatabase()]).catch(() => undefined);
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));
}
