import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { db } from "@/lib/db";
import { closeRunQueue, RUN_QUEUE } from "@/lib/pipeline/run-queue";
import { startRunWorker } from "@/lib/pipeline/run-worker";
import { readRunEvents } from "@/lib/streams/run-event-log";
import type { SimRequest } from "../../simulator/script";
import { tokenFor } from "../../support/api-factories";
import { createTenantWithUsers } from "../../support/factories";
import { runAtRest, uploadDocument } from "./pipeline-support";

// SIEVE_WORKERS=external: this process is a web instance (it only queues runs); `npm run worker`
// processes execute them. A database and key prefix of its own, so only this file's runs are queued.

const setup = await vi.hoisted(async () => {
  const { startSimulator } = await import("../../simulator/server");
  const { createThrowawayDatabase: throwaway } = await import("../../support/services");
  const [simulator, database] = await Promise.all([startSimulator(), throwaway("h15_workers")]);
  const env = {
    DATABASE_URL: database.url,
    REDIS_KEY_PREFIX: `${process.env.REDIS_KEY_PREFIX}workers-${Math.random().toString(36).slice(2, 8)}:`,
    SIEVE_WORKERS: "external",
    SIEVE_WORKER_LEASE_MS: "4000",
    SIEVE_WORKER_GRACE_MS: "300",
    SIEVE_TENANT_CONCURRENCY: "1",
    OPENAI_BASE_URL: simulator.baseURL,
    OPENAI_API_KEY: "test",
    SIEVE_MODEL_EXTRACTION: "openai:sim-extraction",
    SIEVE_MODEL_CLASSIFICATION: "openai:sim-classification",
    SIEVE_MODEL_SUMMARISATION: "openai:sim-summarisation",
    SIEVE_MODEL_VALIDATION: "openai:sim-validation",
  };
  Object.assign(process.env, env);
  return { simulator, database, env };
});
const sim = setup.simulator;

/** The first extraction request of each document is slow, so a worker can be killed in the middle of it. */
const slowFirst = new Set<string>();
let slowFirstExtraction = true;
sim.setScript((req: SimRequest) => {
  const agent = req.model.replace("sim-", "");
  const marker = req.userText.match(/REF [0-9a-f-]{36}/)?.[0] ?? "";
  const slow = slowFirstExtraction && agent === "extraction" && !slowFirst.has(marker);
  if (slow) slowFirst.add(marker);
  const answers: Record<string, unknown> = {
    extraction: { fields: [{ name: "total", value: "23.50", confidence: 0.99, source: null }] },
    classification: { docType: "receipt", confidence: 0.97, routingTarget: "expenses", rationale: "A shop receipt" },
    summarisation: { summary: "A receipt.", confidence: 0.9, keySpans: [] },
    validation: { findings: [], confidence: 0.95 },
  };
  return { json: answers[agent], ttftMs: slow ? 60_000 : 20 };
});

const workers: ChildProcess[] = [];
// The queue as an operator sees it, to find which worker holds a run's job.
const queue = new Queue(RUN_QUEUE, { connection: new Redis(inject("redisUrl"), { maxRetriesPerRequest: null }), prefix: `${setup.env.REDIS_KEY_PREFIX}bull` });

function startWorker(): ChildProcess {
  const root = path.resolve(import.meta.dirname, "../../..");
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
    cwd: root,
    env: { ...process.env, ...setup.env, REDIS_URL: inject("redisUrl"), LOG_LEVEL: process.env.WORKER_LOG ?? "warn" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  workers.push(child);
  return child;
}

const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;
const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => (alive(child) ? child.once("exit", (code) => resolve(code)) : resolve(child.exitCode)));

async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

let secret: string;
beforeAll(async () => {
  const { tenant } = await createTenantWithUsers("workers");
  secret = await tokenFor(tenant.id, ["upload", "read"]);
});
afterAll(async () => {
  for (const child of workers) if (alive(child)) child.kill("SIGKILL");
  await Promise.all([closeRunQueue(), queue.close()]);
  await sim.close();
  await db.$disconnect().catch(() => undefined);
  await setup.database.drop();
});

const receipt = () => `KEDAI RUNCIT MAJU JAYA\nTOTAL RM 23.50\nREF ${crypto.randomUUID()}`;
const extractionRequests = () => sim.stats().byModel["sim-extraction"] ?? 0;

/** The live worker that holds the run's job (BullMQ stores the worker's name, which ends in its pid). */
async function executing(runId: string): Promise<ChildProcess> {
  await until("the run to be in the middle of its extraction", async () => {
    const run = await db.run.findUniqueOrThrow({ where: { id: runId } });
    return run.status === "running" && extractionRequests() > extractionsBefore;
  });
  const job = await queue.getJob(runId);
  const holder = workers.find((child) => alive(child) && job?.processedBy?.endsWith(`:${child.pid}`));
  expect(holder).toBeDefined();
  return holder!;
}

/** Rested once: one decision event and one audit record of the decision. */
async function expectDecidedOnce(runId: string) {
  const run = await runAtRest(runId, 45_000);
  expect(["approved", "needs_review"]).toContain(run.status);
  // The decision is streamed right after it is committed: wait for the run's last event.
  const events = await until("the final run-status event", async () => {
    const all = await readRunEvents(runId, 0);
    return all.some((e) => e.type === "run-status" && (e.data as { status: string }).status === run.status) && all;
  });
  expect(events.filter((e) => e.type === "decision")).toHaveLength(1);
  expect(await db.auditEvent.count({ where: { entityType: "run", entityId: runId, action: { startsWith: "run." } } })).toBe(1);
}

let extractionsBefore = 0;

describe("runs on the queue, executed by worker processes", () => {
  it("finishes a run once on another worker when the one executing it is killed with SIGKILL", async () => {
    startWorker();
    startWorker();
    extractionsBefore = extractionRequests();
    const { status, body } = await uploadDocument(secret, receipt(), "receipt.txt");
    expect(status).toBe(202);
    const holder = await executing(body.runId);
    holder.kill("SIGKILL");
    // A spare for the next test starts while the survivor takes the run over.
    startWorker();

    await expectDecidedOnce(body.runId);
    expect(extractionRequests() - extractionsBefore).toBe(2);
  });

  it("hands its runs back to the queue when stopped with SIGTERM, and another worker finishes them", async () => {
    extractionsBefore = extractionRequests();
    const { body } = await uploadDocument(secret, receipt(), "receipt.txt");
    const holder = await executing(body.runId);
    holder.kill("SIGTERM");
    // It waits SIEVE_WORKER_GRACE_MS for the run, then hands it back instead of waiting on the model.
    expect(await exited(holder)).toBe(0);

    await expectDecidedOnce(body.runId);
    expect(extractionRequests() - extractionsBefore).toBe(2);
    const rest = workers.filter(alive);
    for (const child of rest) child.kill("SIGTERM");
    expect(await Promise.all(rest.map(exited))).toEqual(rest.map(() => 0));
  });

  it("executes one run at a time for a tenant limited to one, however many workers are free", async () => {
    slowFirstExtraction = false;
    // This process as the worker this time (same code as npm run worker; SIEVE_TENANT_CONCURRENCY=1).
    const worker = startRunWorker();
    try {
      const uploads = await Promise.all([receipt(), receipt(), receipt()].map((text) => uploadDocument(secret, text, "receipt.txt")));
      const runs = await Promise.all(uploads.map(({ body }) => runAtRest(body.runId, 45_000)));
      const spans = runs.map((r) => [r.startedAt!.getTime(), r.finishedAt!.getTime()] as const).sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
    } finally {
      await worker.stop(1_000);
    }
  });
});
