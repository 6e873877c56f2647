import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator } from "../simulator/server";
import type { SimRequest } from "../simulator/script";
import { createThrowawayDatabase, deleteRedisKeys, TEST_REDIS_URL, uniquePrefix } from "../support/services";
import { followRunStream, Topology, until, type Service } from "../support/topology";

// npm run test:topology (after `npm run build`; scripts/test.sh runs it after the build): the
// deployment of deploy/compose.yaml as processes on loopback — nginx in front of two web instances
// (`next start`) that only queue runs, two `npm run worker` processes, the real PostgreSQL (a
// throwaway database) and Redis (a key prefix of its own). Processes die by kill -9.
// Only the model is simulated; an extraction can be held until the test lets it answer, which
// is how a run is caught in the middle without timing.

const sim = await startSimulator();
const database = await createThrowawayDatabase("topology");
const env = {
  DATABASE_URL: database.url,
  REDIS_URL: TEST_REDIS_URL,
  REDIS_KEY_PREFIX: uniquePrefix("topology"),
  // A dead worker's runs are taken over within about one and a half leases.
  SIEVE_WORKER_LEASE_MS: "2000",
  SIEVE_WORKER_GRACE_MS: "0",
  OPENAI_BASE_URL: sim.baseURL,
  OPENAI_API_KEY: "test",
  SIEVE_MODEL_EXTRACTION: "openai:sim-extraction",
  SIEVE_MODEL_CLASSIFICATION: "openai:sim-classification",
  SIEVE_MODEL_SUMMARISATION: "openai:sim-summarisation",
  SIEVE_MODEL_VALIDATION: "openai:sim-validation",
};
Object.assign(process.env, { DATABASE_URL: env.DATABASE_URL, REDIS_URL: env.REDIS_URL, REDIS_KEY_PREFIX: env.REDIS_KEY_PREFIX, LOG_LEVEL: "silent", SIEVE_SEED_ON_START: "false" });
const { db, closeDatabase } = await import("@/lib/db");
const { createApiToken } = await import("@/lib/auth/api-tokens");

/** Per document (its REF marker): the first extraction request waits for this gate. */
const gates = new Map<string, { open: () => void; opened: Promise<void>; arrived: number }>();
function holdFirstExtraction(marker: string) {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  gates.set(marker, { open, opened, arrived: 0 });
}
const answers: Record<string, unknown> = {
  extraction: { fields: [{ name: "total", value: "23.50", confidence: 0.99, source: null }, { name: "merchant", value: "KEDAI RUNCIT MAJU JAYA", confidence: 0.99, source: null }] },
  classification: { docType: "receipt", confidence: 0.97, routingTarget: "expenses", rationale: "A shop receipt" },
  summarisation: { summary: "A receipt.", confidence: 0.9, keySpans: [] },
  validation: { findings: [], confidence: 0.95 },
};
sim.setScript(async (req: SimRequest) => {
  const agent = req.model.replace("sim-", "");
  const gate = gates.get(req.userText.match(/REF [0-9a-f-]{36}/)?.[0] ?? "");
  if (agent === "extraction" && gate && gate.arrived++ === 0) await gate.opened;
  return { json: answers[agent], ttftMs: 10 };
});

let topology: Topology;
let auth: { authorization: string };
const runIds: string[] = [];

beforeAll(async () => {
  const tenant = await db.tenant.create({ data: { name: "topology" } });
  const { secret } = await createApiToken({ tenantId: tenant.id, name: "topology", scopes: ["upload", "read"] });
  auth = { authorization: `Bearer ${secret}` };
  topology = await Topology.start({ env });
}, 180_000);

afterAll(async () => {
  for (const gate of gates.values()) gate.open();
  await topology?.stop();
  await sim.close();
  await closeDatabase();
  await database.drop();
  await deleteRedisKeys(env.REDIS_KEY_PREFIX);
});

/** Uploads a text receipt through nginx whose first extraction is held; returns its run and marker. */
async function uploadHeld(): Promise<{ runId: string; marker: string }> {
  const marker = `REF ${crypto.randomUUID()}`;
  holdFirstExtraction(marker);
  const form = new FormData();
  form.set("file", new File([`KEDAI RUNCIT MAJU JAYA\nTOTAL RM 23.50\n${marker}`], "receipt.txt"));
  const response = await fetch(`${topology.url}/api/v1/documents`, { method: "POST", headers: auth, body: form });
  expect(response.status).toBe(202);
  const { runId } = (await response.json()) as { runId: string };
  runIds.push(runId);
  return { runId, marker };
}

const heldExtractionArrived = (marker: string) => until(`the held extraction of ${marker}`, async () => (gates.get(marker)?.arrived ?? 0) > 0);

async function atRest(runId: string, timeoutMs = 30_000) {
  return until(`run ${runId} to rest`, async () => {
    const run = await db.run.findUniqueOrThrow({ where: { id: runId } });
    return !["queued", "running"].includes(run.status) && run;
  }, timeoutMs);
}

describe("nginx → 2 web instances → Redis/BullMQ → 2 workers, over PostgreSQL", () => {
  it("finishes a run once on the other worker when the worker executing it is killed with SIGKILL", async () => {
    const { runId, marker } = await uploadHeld();
    await heldExtractionArrived(marker);
    const holder = await until("the worker holding the run", () => topology.workerOf(runId));
    await holder.kill("SIGKILL");

    const run = await atRest(runId);
    expect(["approved", "needs_review"]).toContain(run.status);
    // Asked twice: by the killed worker (never answered) and once by the one that took over.
    expect(gates.get(marker)!.arrived).toBe(2);
    // Once: one decision event, one audit record of it, one value per field, one finished step per agent.
    const events = await until("the decision event", async () => {
      const rows = await db.runEvent.findMany({ where: { runId }, orderBy: { seq: "asc" } });
      return rows.some((e) => e.type === "decision") && rows;
    });
    expect(events.filter((e) => e.type === "decision")).toHaveLength(1);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
    expect(await db.auditEvent.count({ where: { entityType: "run", entityId: runId, action: { startsWith: "run." } } })).toBe(1);
    const fields = await db.fieldValue.findMany({ where: { runId }, select: { name: true } });
    expect(fields.length).toBeGreaterThan(0);
    expect(new Set(fields.map((f) => f.name)).size).toBe(fields.length);
    const steps = await db.agentStep.findMany({ where: { runId }, select: { agent: true, status: true, error: true } });
    const finished = steps.filter((s) => s.status === "succeeded").map((s) => s.agent);
    expect(new Set(finished).size).toBe(finished.length);
    // The killed worker's extraction is recorded as interrupted, not as a second answer.
    expect(steps.filter((s) => s.agent === "extraction" && s.status !== "succeeded").every((s) => s.status === "failed" && s.error?.startsWith("interrupted"))).toBe(true);
  });

  it("resumes a stream through nginx with Last-Event-ID when the web instance serving it is killed, every event once", async () => {
    const { runId, marker } = await uploadHeld();
    let serving: Service | undefined;
    let killed: Promise<void> | undefined;
    let encoding: string | null = null;
    const first = await followRunStream(topology.url, runId, auth, {
      onResponse: (response) => {
        serving = topology.webBehind(response);
        encoding = response.headers.get("content-encoding");
      },
      // Killed once the run is underway (its extraction is held, so more events must follow).
      onEvent: (seq) => {
        if (seq >= 1 && serving) killed ??= heldExtractionArrived(marker).then(() => serving!.kill("SIGKILL"));
      },
    });
    await killed;
    expect(serving).toBeDefined();
    expect(serving!.alive()).toBe(false);
    expect(first.status).toBe(200);
    expect(first.done).toBe(false);
    expect(first.seqs.length).toBeGreaterThan(0);
    // fetch asks for gzip; an event stream is sent as written, not held in a compressor.
    expect(encoding).toBeNull();

    let resumedOn: Service | undefined;
    const resumed = followRunStream(topology.url, runId, auth, { lastEventId: first.seqs.at(-1), onResponse: (response) => (resumedOn = topology.webBehind(response)) });
    // The rest of the run happens while the client follows it on the other instance.
    await until("the stream to resume", async () => resumedOn);
    gates.get(marker)!.open();
    const second = await resumed;
    expect(second.status).toBe(200);
    expect(second.done).toBe(true);
    expect(resumedOn).toBeDefined();
    expect(resumedOn!.pid).not.toBe(serving!.pid);

    const all = [...first.seqs, ...second.seqs];
    const logged = await db.runEvent.count({ where: { runId } });
    expect(all).toEqual(Array.from({ length: logged }, (_, i) => i));
    expect(["approved", "needs_review"]).toContain((await atRest(runId)).status);
  });

  it("leaves no run queued or running after everything is killed mid-run and started again", async () => {
    const held = await Promise.all([uploadHeld(), uploadHeld(), uploadHeld()]);
    await Promise.all(held.map(({ marker }) => heldExtractionArrived(marker)));
    await topology.killAll();
    // What the dead processes were asked stays unanswered; the restarted workers ask again.
    await topology.startAll(2);

    const runs = await Promise.all(held.map(({ runId }) => atRest(runId, 45_000)));
    for (const run of runs) expect(["approved", "needs_review"]).toContain(run.status);
    expect(await db.run.count({ where: { status: { in: ["queued", "running"] } } })).toBe(0);
    expect(await db.run.count()).toBe(runIds.length);
  });
});
