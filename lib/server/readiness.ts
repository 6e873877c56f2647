import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { getStore } from "@/lib/store/get-store";

// Unauthenticated callers (load balancers) learn which dependency failed, never why: the error
// text names hosts and internal calls, so it goes to the log only. A probe that hangs fails.
const PROBE_TIMEOUT_MS = 2_000;

async function check(name: string, probe: () => Promise<unknown>) {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([probe(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${name} probe timed out`)), PROBE_TIMEOUT_MS)))]);
    return { name, ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    log.warn({ err: error, check: name }, "readiness check failed");
    return { name, ok: false, error: "unavailable" };
  } finally {
    clearTimeout(timer);
  }
}

/** Whether this instance can take traffic: the database and the cache answer. */
export async function readiness() {
  const store = getStore();
  const checks = await Promise.all([
    check("database", () => db.$queryRaw`SELECT 1`),
    check(`cache:${store.kind}`, () => store.get("readiness-probe")),
  ]);
  return { ready: checks.every((c) => c.ok), checks };
}
