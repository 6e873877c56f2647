import "server-only";
import { db } from "@/lib/db";
import { getStore } from "@/lib/store/get-store";

async function check(name: string, probe: () => Promise<unknown>) {
  const started = performance.now();
  try {
    await probe();
    return { name, ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { name, ok: false, error: (error as Error).message };
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
