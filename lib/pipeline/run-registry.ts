import "server-only";
import { log } from "@/lib/log";
import { getStore } from "@/lib/store/get-store";

// Executions running in this process: cancellation reaches them through their AbortController
// (from another instance too, by pub/sub), and shutdown waits for them (what does not finish in
// time is resumed on the next start, or handed back to the queue).

const CANCELLATIONS = "runs:cancelled";

interface Active {
  controller: AbortController;
  done: Promise<void>;
}

const holder = globalThis as unknown as { sieveActiveRuns?: Map<string, Active> };
const active = (holder.sieveActiveRuns ??= new Map());

export function trackExecution(runId: string, controller: AbortController, done: Promise<void>): void {
  active.set(runId, { controller, done });
  void done.finally(() => {
    if (active.get(runId)?.done === done) active.delete(runId);
  });
}

export function abortExecution(runId: string, reason: unknown = new Error("run cancelled")): boolean {
  const entry = active.get(runId);
  entry?.controller.abort(reason);
  return entry !== undefined;
}

/** Stops every execution here (a shutdown out of patience); `reason` tells them why. */
export function abortAllExecutions(reason: unknown): void {
  for (const entry of active.values()) entry.controller.abort(reason);
}

/** Tells every instance that a run was cancelled, so whichever executes it stops at once. */
export async function announceCancellation(runId: string): Promise<void> {
  abortExecution(runId);
  await getStore()
    .publish(CANCELLATIONS, runId)
    .catch((error: unknown) => log.warn({ err: error, runId }, "could not announce a cancellation"));
}

/** Aborts executions here whose run another instance cancelled; returns an unsubscribe. */
export function followCancellations(): Promise<() => Promise<void>> {
  return getStore().subscribe(CANCELLATIONS, (runId) => void abortExecution(runId));
}

export function isExecutingHere(runId: string): boolean {
  return active.has(runId);
}

export function activeExecutions(): number {
  return active.size;
}

/** Resolves when every execution has finished, or after `timeoutMs`. */
export async function drainExecutions(timeoutMs: number): Promise<void> {
  const all = Promise.allSettled([...active.values()].map((a) => a.done));
  await Promise.race([all, new Promise((r) => setTimeout(r, timeoutMs).unref())]);
}
