import "server-only";

// Executions running in this process: cancellation reaches them through their AbortController,
// and shutdown waits for them (what does not finish in time is resumed on the next start).

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

export function abortExecution(runId: string): boolean {
  const entry = active.get(runId);
  entry?.controller.abort(new Error("run cancelled"));
  return entry !== undefined;
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
