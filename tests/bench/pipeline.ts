// The pipeline benchmark: npm run bench:pipeline [-- --runs 200]
// Real PostgreSQL (throwaway database) and Redis; every agent on an LLM played by the simulator in
// its own process, with latencies like a real deployment (extraction 5 s, classification 3 s,
// summarisation 4 s, validation 2 s). Prints readable figures, then one JSON line.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import net from "node:net";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { createThrowawayDatabase, TEST_REDIS_URL, uniquePrefix, deleteRedisKeys } from "@/tests/support/services";
import { percentile, round } from "./gateway-support";

const { values } = parseArgs({ options: { runs: { type: "string", default: "200" }, trace: { type: "boolean", default: false } } });
const CONCURRENT_RUNS = Number(values.runs);
const LATENCY = { extraction: 5000, classification: 3000, summarisation: 4000, validation: 2000 };
// Answers stream at this rate (finishing at each agent's latency), so fields can stream as they do live.
const TOKENS_PER_SECOND = 60;
const CRITICAL_PATH_MS = Math.max(LATENCY.extraction, LATENCY.classification, LATENCY.summarisation) + LATENCY.validation;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.once("error", reject);
  });
}

async function startSimulator() {
  const port = await freePort();
  const root = path.resolve(import.meta.dirname, "../..");
  const args = ["tests/bench/pipeline-simulator.ts", "--port", String(port), ...Object.entries(LATENCY).flatMap(([k, v]) => [`--${k}`, String(v)]), "--tokens-per-second", String(TOKENS_PER_SECOND)];
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), args, { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`simulator exited early (${code})`)));
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("listening") && resolve());
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    baseURL: `${origin}/v1`,
    requests: async () => (await (await fetch(`${origin}/__sim/requests`)).json()) as Array<{ model: string; receivedAt: number; firstTokenAt?: number; lastTokenAt?: number; body: { response_format?: { json_schema?: { name?: string } } } }>,
    close: () => child.kill("SIGTERM"),
  };
}

const sim = await startSimulator();
process.once("exit", () => sim.close());
const database = await createThrowawayDatabase("bench_pipeline");
const redisPrefix = uniquePrefix("bench-pipeline");
Object.assign(process.env, {
  DATABASE_URL: database.url,
  REDIS_URL: TEST_REDIS_URL,
  REDIS_KEY_PREFIX: redisPrefix,
  LOG_LEVEL: "silent",
  OPENAI_BASE_URL: sim.baseURL,
  OPENAI_API_KEY: "bench",
  SIEVE_MODEL_EXTRACTION: "openai:gpt-4.1-mini",
  SIEVE_MODEL_CLASSIFICATION: "openai:gpt-4.1-mini",
  SIEVE_MODEL_SUMMARISATION: "openai:gpt-4.1-mini",
  SIEVE_MODEL_VALIDATION: "openai:gpt-4.1-mini",
});

// Imported after the environment points at the throwaway services and the simulator.
const { db, closeDatabase } = await import("@/lib/db");
const { closeStore } = await import("@/lib/store/get-store");
const { submitDocument } = await import("@/lib/pipeline/start-run");
const { drainExecutions } = await import("@/lib/pipeline/run-registry");
const { runUIMessageStream } = await import("@/lib/streams/run-stream");
const { flushCallRecords } = await import("@/lib/gateway/call-recorder");

const tenant = await db.tenant.create({ data: { name: "bench" } });

function receiptText(n: number): string {
  const cents = 1000 + ((n * 7919) % 90000);
  return [`BENCH MART ${n}`, "NO 8 JALAN PASAR, 81200 JOHOR BAHRU", "DATE: 02/01/2019", `TOTAL RM ${(cents / 100).toFixed(2)}`, `REF ${crypto.randomUUID()}`].join("\n");
}

interface Observed {
  runId: string;
  startedAt: number;
  firstFieldAt: number | null;
  /** When the status at rest arrived; null if the stream ended without one. */
  restedAt: number | null;
  status: string;
}

/** Uploads one document and follows its stream like a client, until the run rests. */
async function observeRun(n: number, sequential = false): Promise<Observed> {
  const startedAt = Date.now();
  const { run } = await submitDocument({ kind: "system", tenantId: tenant.id }, { bytes: Buffer.from(receiptText(n)), filename: `bench-${n}.txt` }, { execute: { sequential } });
  let firstFieldAt: number | null = null;
  let restedAt: number | null = null;
  let status = "queued";
  const reader = (await runUIMessageStream(run.id, 0, new AbortController().signal)).getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    const part = chunk.value as { type: string; data?: { status?: string } };
    if (part.type === "data-field" && firstFieldAt === null) firstFieldAt = Date.now();
    if (part.type === "data-run-status") {
      status = part.data!.status!;
      // The client knows the outcome when the status at rest arrives (the stream then closes).
      restedAt = Date.now();
    }
  }
  return { runId: run.id, startedAt, firstFieldAt, restedAt, status };
}

console.log(`pipeline benchmark: simulator latencies ${JSON.stringify(LATENCY)} (answers streamed at ${TOKENS_PER_SECOND} tokens/s), critical path ${CRITICAL_PATH_MS} ms`);

/** Wall time of a run that came to rest; a run whose stream never reported its status has none. */
const wallOf = (o: Observed) => {
  if (o.restedAt === null) throw new Error(`run ${o.runId} never reported a status at rest (last: ${o.status})`);
  return o.restedAt - o.startedAt;
};
await observeRun(-1); // warm-up: connections, prepared statements, JIT

const parallel = await observeRun(0);
const parallelWall = wallOf(parallel);
const extractionRequest = (await sim.requests()).filter((r) => r.body.response_format?.json_schema?.name === "extraction").at(-1)!;
if (parallel.firstFieldAt === null || extractionRequest.firstTokenAt === undefined || extractionRequest.lastTokenAt === undefined) {
  throw new Error("the extraction answer did not stream, or no field reached the client");
}
// Measured from the simulator's own record of when it wrote the extraction's first and last token.
const firstFieldAfterFirstToken = parallel.firstFieldAt - extractionRequest.firstTokenAt;
const firstFieldBeforeLastToken = extractionRequest.lastTokenAt - parallel.firstFieldAt;
console.log(`one run, agents in parallel:   ${parallelWall} ms (${parallel.status}); critical path ${CRITICAL_PATH_MS} ms → ×${round(parallelWall / CRITICAL_PATH_MS, 3)}`);
console.log(
  `first field streamed ${parallel.firstFieldAt - parallel.startedAt} ms after upload; ${firstFieldAfterFirstToken} ms after the extraction's first token, ` +
    `${firstFieldBeforeLastToken} ms before its last (${firstFieldBeforeLastToken > 0 ? "fields stream" : "NOT streaming: the first field came after the whole answer"})`,
);

if (values.trace) {
  // The single run's timeline: each event's time against the upload, and when each model request reached the simulator.
  const events = await db.runEvent.findMany({ where: { runId: parallel.runId }, orderBy: { seq: "asc" } });
  for (const e of events) {
    const data = e.data as { at: string; agent?: string; name?: string; status?: string };
    console.log(`  +${Date.parse(data.at) - parallel.startedAt} ms ${e.type} ${data.agent ?? data.name ?? data.status ?? ""}`);
  }
  for (const r of (await sim.requests()).slice(-4)) console.log(`  +${r.receivedAt - parallel.startedAt} ms request ${r.body.response_format?.json_schema?.name}`);
}

const sequential = await observeRun(1, true);
const sequentialWall = wallOf(sequential);
console.log(`one run, agents one by one:    ${sequentialWall} ms (${sequential.status})`);

const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
const concurrentStarted = Date.now();
const results = await Promise.allSettled(Array.from({ length: CONCURRENT_RUNS }, (_, i) => observeRun(100 + i)));
loop.disable();
const concurrentWall = Date.now() - concurrentStarted;
const observed = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
const completed = observed.filter((o) => ["approved", "needs_review", "waiting_for_answer"].includes(o.status));
const rested = observed.filter((o) => o.restedAt !== null);
const durations = rested.map(wallOf);
const loopP99 = loop.percentile(99) / 1e6;
console.log(
  `${CONCURRENT_RUNS} concurrent runs: ${completed.length} completed in ${concurrentWall} ms; run time p50 ${percentile(durations, 0.5)} ms, p99 ${percentile(durations, 0.99)} ms; ` +
    `event-loop delay p50 ${round(loop.percentile(50) / 1e6)} ms, p99 ${round(loopP99)} ms, max ${round(loop.max / 1e6)} ms`,
);
const failures = results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason));
if (failures.length > 0) console.log(`failures: ${failures.slice(0, 3).join(" | ")}`);
if (rested.length < observed.length) console.log(`${observed.length - rested.length} runs never reported a status at rest (left out of the run times)`);
const outcomes = new Map<string, number>();
for (const o of observed) outcomes.set(o.status, (outcomes.get(o.status) ?? 0) + 1);
console.log(`outcomes: ${[...outcomes].map(([s, n]) => `${s} ${n}`).join(", ")}`);

if (values.trace) {
  // Where the concurrent runs spent their time: milestones (ms after the batch started), p50 / p99 over runs.
  const rows = await db.runEvent.findMany({ where: { runId: { in: observed.map((o) => o.runId) } }, select: { runId: true, type: true, data: true } });
  const milestones = new Map<string, number[]>();
  const seen = new Set<string>();
  for (const row of rows) {
    const data = row.data as { at: string; agent?: string; status?: string };
    const name = `${row.type}${data.agent ? `:${data.agent}` : data.status ? `:${data.status}` : ""}`;
    if (row.type === "field" && seen.has(`${row.runId}:field`)) continue;
    seen.add(`${row.runId}:field`);
    milestones.set(name, [...(milestones.get(name) ?? []), Date.parse(data.at) - concurrentStarted]);
  }
  for (const [name, times] of [...milestones].sort((a, b) => percentile(a[1], 0.5) - percentile(b[1], 0.5))) {
    console.log(`  ${name.padEnd(34)} p50 ${percentile(times, 0.5)} ms, p99 ${percentile(times, 0.99)} ms`);
  }
}

await drainExecutions(30_000);
await flushCallRecords();
await closeStore();
await closeDatabase();
await database.drop();
await deleteRedisKeys(redisPrefix);
sim.close();

console.log(
  JSON.stringify({
    parallel_wall_ms: parallelWall,
    sequential_wall_ms: sequentialWall,
    critical_path_ms: CRITICAL_PATH_MS,
    first_field_after_first_token_ms: firstFieldAfterFirstToken,
    first_field_before_last_token_ms: firstFieldBeforeLastToken,
    concurrent_runs: CONCURRENT_RUNS,
    concurrent_completed: completed.length,
    concurrent_never_rested: observed.length - rested.length,
    event_loop_delay_p99_ms: round(loopP99),
  }),
);
process.exit(0);
