import crypto from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { launchRun } from "@/lib/pipeline/execute-run";
import { drainExecutions } from "@/lib/pipeline/run-registry";
import { getStore } from "@/lib/store/get-store";
import { MemoryStore } from "@/lib/store/memory-store";
import type { Store } from "@/lib/store/store";
import { eventListKey, readRunEvents } from "@/lib/streams/run-event-log";
import { createTenantWithUsers } from "../../support/factories";

// What a crash leaves of a run's event log, and what recovery must make of it: one seq per event,
// none missing, in the live list and in the rows that replay it later.

const holder = globalThis as unknown as { sieveStore?: Store };
let tenantId: string;
beforeAll(async () => {
  tenantId = (await createTenantWithUsers("recovered-events")).tenant.id;
});
afterAll(() => drainExecutions(10_000));

const TEXT = "KEDAI RUNCIT MAJU JAYA\nNO 8 JALAN PASAR, 81200 JOHOR BAHRU\nDATE: 02/01/2019\nTOTAL RM 23.50";
const status = (s: string, at = new Date()) => ({ type: "run-status", data: { status: s, detail: null, at: at.toISOString() } });

/** A run a dead process was executing: `listed` events in the store's list, rows only for `rowSeqs`. */
async function interruptedRun(listed: number, rowSeqs: number[]) {
  const text = `${TEXT}\nREF ${crypto.randomUUID()}`;
  const document = await db.document.create({
    data: { tenantId, filename: "r.txt", mime: "text/plain", size: text.length, sha256: crypto.createHash("sha256").update(text).digest("hex"), bytes: Buffer.from(text), text, status: "processing" },
  });
  const run = await db.run.create({ data: { tenantId, documentId: document.id, status: "running", budgetCapMicros: 250_000 } });
  const events = Array.from({ length: Math.max(listed, ...rowSeqs.map((s) => s + 1)) }, (_, seq) => status(seq === 0 ? "queued" : "running"));
  for (const event of events.slice(0, listed)) await getStore().append(eventListKey(run.id), JSON.stringify(event));
  await db.runEvent.createMany({ data: rowSeqs.map((seq) => ({ runId: run.id, seq, type: events[seq]!.type, data: events[seq]!.data })) });
  return run.id;
}

async function rowSeqs(runId: string) {
  return (await db.runEvent.findMany({ where: { runId }, orderBy: { seq: "asc" }, select: { seq: true } })).map((r) => r.seq);
}

const contiguous = (seqs: number[]) => seqs.map((_, i) => i);

describe("a run recovered after a crash", () => {
  let saved: Store | undefined;
  afterEach(() => {
    if (saved) holder.sieveStore = saved;
    saved = undefined;
  });

  it("writes the rows the dead process never wrote, so its replay has no gap (Redis kept the list)", async () => {
    const runId = await interruptedRun(5, [0, 3]);
    await launchRun(runId, { lockWaitMs: 0 });
    expect((await db.run.findUniqueOrThrow({ where: { id: runId } })).status).not.toMatch(/queued|running/);
    const seqs = await rowSeqs(runId);
    expect(seqs.length).toBeGreaterThan(5);
    expect(seqs).toEqual(contiguous(seqs));
    // Once the list is gone the rows alone replay the run.
    await getStore().del(eventListKey(runId));
    const replayed = (await readRunEvents(runId, 0)).map((e) => e.seq);
    expect(replayed).toEqual(seqs);
  }, 60_000);

  it("pads the seqs lost with the process in both list and rows (embedded mode: the list died too)", async () => {
    saved = holder.sieveStore;
    holder.sieveStore = new MemoryStore();
    const runId = await interruptedRun(0, [0, 4, 5]);
    await launchRun(runId, { lockWaitMs: 0 });
    const live = (await readRunEvents(runId, 0)).map((e) => e.seq);
    expect(live).toEqual(contiguous(live));
    const seqs = await rowSeqs(runId);
    expect(seqs).toEqual(live);
    const lost = await db.runEvent.findMany({ where: { runId, seq: { in: [1, 2, 3] } } });
    expect(lost.map((row) => (row.data as { detail: string }).detail)).toEqual(["event lost in a restart", "event lost in a restart", "event lost in a restart"]);
    // Another restart: the new process replays the rows, still without a gap.
    holder.sieveStore = new MemoryStore();
    expect((await readRunEvents(runId, 0)).map((e) => e.seq)).toEqual(seqs);
  }, 60_000);
});
