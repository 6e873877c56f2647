import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import type { Fault, FaultWindow } from "@/tests/simulator/faults";
import type { SimulatorStats } from "@/tests/simulator/recorder";

// Helpers for the gateway benchmark: the simulator in its own process (so its work does not share
// the measured event loop), its HTTP control routes, and percentile maths.

export interface RemoteSimulator {
  baseURL: string;
  stats(): Promise<SimulatorStats>;
  reset(): Promise<void>;
  openFaultWindow(window: FaultWindow): Promise<void>;
  queueFaults(...faults: Fault[]): Promise<void>;
  close(): void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.once("error", reject);
  });
}

export async function startRemoteSimulator(): Promise<RemoteSimulator> {
  const port = await freePort();
  const root = path.resolve(import.meta.dirname, "../..");
  const child: ChildProcess = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/simulator.ts", "--port", String(port)], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`simulator exited early (${code})`)));
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("listening")) resolve();
    });
  });
  const origin = `http://127.0.0.1:${port}`;
  const post = async (route: string, body: unknown) => {
    const response = await fetch(`${origin}${route}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`simulator ${route}: ${response.status}`);
  };
  return {
    baseURL: `${origin}/v1`,
    stats: async () => (await fetch(`${origin}/__sim/stats`)).json() as Promise<SimulatorStats>,
    reset: () => post("/__sim/reset", {}),
    openFaultWindow: (window) => post("/__sim/faults", { window }),
    queueFaults: (...faults) => post("/__sim/faults", { queue: faults }),
    close: () => void child.kill("SIGTERM"),
  };
}

/** Nearest-rank percentile of `values` (q in 0..1). */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

export async function timed<T>(fn: () => Promise<T>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/** Runs `worker` on `concurrency` lanes until `items` are used up. */
export async function inLanes<T>(items: readonly T[], concurrency: number, worker: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await worker(items[next++]!);
    }),
  );
}
