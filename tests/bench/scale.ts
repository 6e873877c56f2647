// The scale-out benchmark: npm run bench:scale [-- --receipts 30 --in-flight 200]
// The deployment topology as processes (tests/support/topology.ts: nginx, two `next start` web
// instances of the production build — run `npm run build` first — and `npm run worker` processes)
// over real PostgreSQL (a throwaway database) and Redis (a key prefix of its own). Every agent is
// played by the simulator with short latencies, so a run costs what reading a scan costs: OCR, on
// one core per worker (SIEVE_OCR_THREADS=1). The workers run at the CPU priority `npm run worker`
// gives them (nice 10; --worker-nice N for another, 0 for the web's own). Prints readable figures, then one JSON line.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import { readFileSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createThrowawayDatabase, deleteRedisKeys, TEST_REDIS_URL, uniquePrefix } from "@/tests/support/services";
import { freePort } from "@/tests/support/redis-server";
import { followRunStream, Topology, until, WORKER_NICE } from "@/tests/support/topology";
import { inLanes, round } from "./gateway-support";

const { values } = parseArgs({ options: { receipts: { type: "string", default: "30" }, "in-flight": { type: "string", default: "200" }, "worker-nice": { type: "string", default: String(WORKER_NICE) } } });
const RECEIPTS = Number(values.receipts);
const IN_FLIGHT = Number(values["in-flight"]);
const ROOT = path.resolve(import.meta.dirname, "../..");
const IMAGES = path.resolve(ROOT, "../shared/data/receipts/images");
const UPLOAD_LANES = 8;
const PHASE_TIMEOUT_MS = 15 * 60_000;

const files = (await fs.readdir(IMAGES)).filter((f) => f.endsWith(".jpg")).sort();
if (files.length < 2 * RECEIPTS) throw new Error(`--receipts ${RECEIPTS} needs ${2 * RECEIPTS} scans; ${IMAGES} has ${files.length}`);
const scans = files.map((f) => readFileSync(path.join(IMAGES, f)));
let uploads = 0;
/** A scan made unique (bytes after the JPEG's end), so no upload is deduplicated as a copy of another. */
const uniqueScan = (i: number) => Buffer.concat([scans[i % scans.length]!, Buffer.from(`\nbench-scale ${process.pid} ${++uploads}`)]);

async function startPipelineSimulator() {
  const port = await freePort();
  const args = ["tests/bench/pipeline-simulator.ts", "--port", String(port), "--extraction", "300", "--classification", "200", "--summarisation", "250", "--validation", "150", "--tokens-per-second", "2000"];
  const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), args, { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`simulator exited early (${code})`)));
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("listening") && resolve());
  });
  return { baseURL: `http://127.0.0.1:${port}/v1`, close: () => void child.kill("SIGTERM") };
}

const sim = await startPipelineSimulator();
const database = await createThrowawayDatabase("bench_scale");
const probeDir = await fs.mkdtemp(path.join(os.tmpdir(), "sieve-loop-probe-"));
const env = {
  DATABASE_URL: database.url,
  REDIS_URL: TEST_REDIS_URL,
  REDIS_KEY_PREFIX: uniquePrefix("bench-scale"),
  OPENAI_BASE_URL: sim.baseURL,
  OPENAI_API_KEY: "bench",
  SIEVE_MODEL_EXTRACTION: "openai:gpt-4.1-mini",
  SIEVE_MODEL_CLASSIFICATION: "openai:gpt-4.1-mini",
  SIEVE_MODEL_SUMMARISATION: "openai:gpt-4.1-mini",
  SIEVE_MODEL_VALIDATION: "openai:gpt-4.1-mini",
  SIEVE_OCR_THREADS: "1",
  SIEVE_API_UPLOAD_RATE_LIMIT: "100000",
  SIEVE_API_RATE_LIMIT: "100000",
  SIEVE_LOOP_PROBE_DIR: probeDir,
};
Object.assign(process.env, { DATABASE_URL: env.DATABASE_URL, REDIS_URL: env.REDIS_URL, REDIS_KEY_PREFIX: env.REDIS_KEY_PREFIX, LOG_LEVEL: "silent", SIEVE_SEED_ON_START: "false" });
const { db, closeDatabase } = await import("@/lib/db");
const { createApiToken } = await import("@/lib/auth/api-tokens");
const tenant = await db.tenant.create({ data: { name: "bench scale" } });
const { secret } = await createApiToken({ tenantId: tenant.id, name: "bench scale", scopes: ["upload", "read"] });
const auth = { authorization: `Bearer ${secret}` };

let topology: Topology | undefined;
const accepted: string[] = [];

let refusals = 0;
/** One upload through nginx, retried like a client would after a 503 (same Idempotency-Key, after Retry-After). */
async function upload(scan: Buffer, n: number): Promise<string> {
  const key = crypto.randomUUID();
  for (let attempt = 1; ; attempt++) {
    const form = new FormData();
    form.set("file", new File([new Uint8Array(scan)], `receipt-${n}.jpg`, { type: "image/jpeg" }));
    const response = await fetch(`${topology!.url}/api/v1/documents`, { method: "POST", headers: { ...auth, "idempotency-key": key }, body: form });
    if (response.status === 503 && attempt < 5) {
      refusals++;
      await response.text();
      await new Promise((r) => setTimeout(r, Number(response.headers.get("retry-after") ?? 1) * 1000));
      continue;
    }
    if (response.status !== 202) throw new Error(`upload answered ${response.status}: ${await response.text()}`);
    const { runId } = (await response.json()) as { runId: string };
    accepted.push(runId);
    return runId;
  }
}

const resting = async (runIds: string[]) => db.run.count({ where: { id: { in: runIds }, status: { notIn: ["queued", "running"] } } });

/** Uploads `count` scans starting at `first` through nginx; the wall time until every run is at rest. */
async function batch(first: number, count: number): Promise<number> {
  const started = performance.now();
  const runIds: string[] = [];
  await inLanes(Array.from({ length: count }, (_, i) => first + i), UPLOAD_LANES, async (i) => void runIds.push(await upload(uniqueScan(i), i)));
  await until(`${count} runs at rest`, async () => (await resting(runIds)) === count, PHASE_TIMEOUT_MS, 250);
  return performance.now() - started;
}

/** The event-loop figures of each web instance since the previous call (tests/bench/loop-probe.mjs). */
async function webLoopDelay(): Promise<Array<{ p50_ms: number; p99_ms: number; max_ms: number }>> {
  await fs.rm(probeDir, { recursive: true, force: true });
  await fs.mkdir(probeDir);
  for (const web of topology!.webs) web.child.kill("SIGUSR2");
  return Promise.all(
    topology!.webs.map((web) => until(`${web.name}'s loop figures`, () => fs.readFile(path.join(probeDir, `${web.pid}.json`), "utf8").then((t) => JSON.parse(t), () => undefined), 10_000)),
  );
}

/** bench:gateway at reduced size (no long storm or budget race): its miss-path overhead figures. */
async function gatewayOverhead(): Promise<{ overhead_p50_ms: number; overhead_c20_p50_ms: number }> {
  const args = ["--conditions=react-server", "--import", "tsx", "tests/bench/gateway.ts", "--calls", "400", "--storm-seconds", "2", "--runs", "20"];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`bench:gateway exited with ${code}`);
  return JSON.parse(out.trim().split("\n").at(-1)!);
}

const perMinute = (count: number, ms: number) => round((count * 60_000) / ms, 1);

try {
  console.log(`scale benchmark: ${RECEIPTS} receipt scans per throughput figure, ${IN_FLIGHT} runs in flight for the event-loop figure; OCR on one thread per worker; ${os.cpus().length} cores`);
  topology = await Topology.start({ env, webs: 2, workers: 1, webNodeArgs: ["--import", path.join(import.meta.dirname, "loop-probe.mjs")], workerNice: Number(values["worker-nice"]) });

  // Each worker loads the OCR models on its first scan: not what is measured.
  await batch(0, 1);
  const oneMs = await batch(0, RECEIPTS);
  const oneWorker = perMinute(RECEIPTS, oneMs);
  console.log(`1 worker:  ${RECEIPTS} runs in ${round(oneMs / 1000, 1)} s = ${oneWorker} runs/min`);

  await topology.startWorker();
  // More scans than the first worker takes at once (SIEVE_WORKER_CONCURRENCY, 4), so the new one gets some.
  await batch(0, 6);
  const twoMs = await batch(RECEIPTS, RECEIPTS);
  const twoWorkers = perMinute(RECEIPTS, twoMs);
  console.log(`2 workers: ${RECEIPTS} runs in ${round(twoMs / 1000, 1)} s = ${twoWorkers} runs/min (×${round(twoWorkers / oneWorker, 2)})`);

  // The web instances while IN_FLIGHT runs are uploaded and followed (one SSE stream each) and the workers read them.
  await webLoopDelay();
  const streams = new AbortController();
  const following: Array<Promise<unknown>> = [];
  const flightStarted = performance.now();
  await inLanes(Array.from({ length: IN_FLIGHT }, (_, i) => i), 20, async (i) => {
    const runId = await upload(uniqueScan(i), i);
    following.push(followRunStream(topology!.url, runId, auth, { signal: streams.signal }));
  });
  const uploadedMs = performance.now() - flightStarted;
  // The runs stay in flight well past this window: two workers read a few scans a second.
  await new Promise((r) => setTimeout(r, 15_000));
  const loops = await webLoopDelay();
  const inFlight = IN_FLIGHT - (await resting(accepted.slice(-IN_FLIGHT)));
  streams.abort();
  await Promise.allSettled(following);
  const loopP99 = Math.max(...loops.map((l) => l.p99_ms));
  console.log(
    `${IN_FLIGHT} uploads through nginx in ${round(uploadedMs / 1000, 1)} s (${refusals} answered 503 and were retried), each followed on its stream; 15 s later ${inFlight} still in flight. ` +
      `Web event-loop delay over that window: ${loops.map((l, i) => `web${i + 1} p50 ${round(l.p50_ms)} ms p99 ${round(l.p99_ms)} ms max ${round(l.max_ms)} ms`).join("; ")}`,
  );

  // Every accepted upload has its run (none lost), and no document was executed to a decision twice.
  const rows = await db.run.findMany({ where: { tenantId: tenant.id }, select: { id: true, documentId: true, status: true, events: { where: { type: "decision" }, select: { seq: true } } } });
  const throughputRuns = new Set(accepted.slice(0, accepted.length - IN_FLIGHT));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const lost = accepted.filter((id) => !byId.has(id) || (throughputRuns.has(id) && ["queued", "running"].includes(byId.get(id)!.status))).length;
  const perDocument = new Map<string, number>();
  for (const r of rows) perDocument.set(r.documentId, (perDocument.get(r.documentId) ?? 0) + 1);
  const duplicates = [...perDocument.values()].filter((n) => n > 1).length + rows.filter((r) => r.events.length > 1).length;
  const outcomes = new Map<string, number>();
  for (const id of throughputRuns) outcomes.set(byId.get(id)?.status ?? "missing", (outcomes.get(byId.get(id)?.status ?? "missing") ?? 0) + 1);
  console.log(
    `runs: ${accepted.length} accepted, ${lost} lost (no run, or a throughput run not at rest), ${duplicates} duplicated (a second run of a document, or a second decision); ` +
      `throughput runs ${[...outcomes].map(([status, n]) => `${status} ${n}`).join(", ")}`,
  );

  await topology.stop();
  topology = undefined;
  const gateway = await gatewayOverhead();
  console.log(`gateway (bench:gateway, Redis, miss path, added latency per call vs. the direct call): p50 ${gateway.overhead_p50_ms} ms at concurrency 1, ${gateway.overhead_c20_p50_ms} ms at concurrency 20`);

  console.log(
    JSON.stringify({
      runs_per_min_1_worker: oneWorker,
      runs_per_min_2_workers: twoWorkers,
      scaling_ratio: round(twoWorkers / oneWorker, 3),
      web_event_loop_p99_ms: round(loopP99),
      gateway_c1_p50_ms: gateway.overhead_p50_ms,
      gateway_c20_p50_ms: gateway.overhead_c20_p50_ms,
      lost_runs: lost,
      duplicate_runs: duplicates,
    }),
  );
} finally {
  await topology?.stop();
  sim.close();
  await closeDatabase();
  await database.drop();
  await deleteRedisKeys(env.REDIS_KEY_PREFIX);
  await fs.rm(probeDir, { recursive: true, force: true });
}
process.exit(0);
