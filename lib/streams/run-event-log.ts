import "server-only";
import { EventEmitter } from "node:events";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { getStore } from "@/lib/store/get-store";
import { runEventRows, type RunEventRow } from "@/lib/streams/run-event-rows";
import type { RunEvent, RunEventPayload, RunEventType } from "@/lib/streams/run-event-types";

// A run's event log, in two places: a list in the store (Redis, or in-process in embedded mode)
// that live readers follow through pub/sub, and RunEvent rows, so a finished run's stream
// replays after the list has expired. An event's seq is its index in the list, assigned
// atomically by the append, so concurrent writers never collide.

const LIST_TTL_MS = 24 * 3_600_000;

export const eventListKey = (runId: string) => `run:${runId}:events`;
export const eventChannel = (runId: string) => `run:${runId}`;

type Stored = { type: RunEventType; data: Record<string, unknown> };

// Readers in this process get each event handed over directly, without a round trip to the store;
// readers elsewhere follow the store's pub/sub and list.
const holder = globalThis as unknown as { sieveRunEventBus?: EventEmitter };
const localBus = (holder.sieveRunEventBus ??= new EventEmitter().setMaxListeners(0));

/** Events appended in this process for `runId`, as they are appended. */
export function onLocalRunEvent(runId: string, listener: (event: RunEvent) => void): () => void {
  localBus.on(runId, listener);
  return () => void localBus.off(runId, listener);
}

function toEvent(seq: number, raw: string): RunEvent {
  const { type, data } = JSON.parse(raw) as Stored;
  return { seq, type, data: { ...data, seq } } as RunEvent;
}

/** Events from `from` on: the live list while it exists, the RunEvent rows after it expired. */
export async function readRunEvents(runId: string, from: number): Promise<RunEvent[]> {
  // Lists are short (tens of events), so one read of the whole list also tells whether it exists.
  const items = await getStore().range(eventListKey(runId), 0);
  if (items.length > 0) return items.slice(Math.max(0, from)).map((raw, i) => toEvent(Math.max(0, from) + i, raw));
  const rows = await db.runEvent.findMany({ where: { runId, seq: { gte: from } }, orderBy: { seq: "asc" } });
  return rows.map((row) => ({ seq: row.seq, type: row.type as RunEventType, data: { ...(row.data as object), seq: row.seq } }) as RunEvent);
}

const lostEvent = (at: Date): Stored => ({ type: "run-status", data: { status: "running", detail: "event lost in a restart", at: at.toISOString() } });

/**
 * Before a run's log continues in a new execution (a restart, a crashed instance), the list and
 * the rows are made to agree, so neither has a gap in seq: rows the dead process never wrote are
 * written from the list; a list lost with it (embedded mode, or expired) is refilled from the
 * rows, each missing seq padded in both with a "lost" status event.
 */
async function rehydrate(runId: string): Promise<void> {
  const store = getStore();
  const items = await store.range(eventListKey(runId), 0);
  if (items.length > 0) {
    const written = new Set((await db.runEvent.findMany({ where: { runId }, select: { seq: true } })).map((row) => row.seq));
    const missing = items.flatMap((raw, seq) => (written.has(seq) ? [] : [toRow(runId, toEvent(seq, raw))]));
    if (missing.length > 0) await runEventRows().write(missing, "soon");
    return;
  }
  const rows = await db.runEvent.findMany({ where: { runId }, orderBy: { seq: "asc" } });
  const padding: RunEventRow[] = [];
  let next = 0;
  for (const row of rows) {
    for (; next < row.seq; next++) {
      const lost = lostEvent(row.createdAt);
      await store.append(eventListKey(runId), JSON.stringify(lost), LIST_TTL_MS);
      padding.push({ runId, seq: next, type: lost.type, data: lost.data, createdAt: row.createdAt });
    }
    await store.append(eventListKey(runId), JSON.stringify({ type: row.type, data: row.data }), LIST_TTL_MS);
    next = row.seq + 1;
  }
  if (padding.length > 0) await runEventRows().write(padding, "soon");
}

async function appendToStore<T extends RunEventType>(runId: string, type: T, payload: RunEventPayload<T>): Promise<RunEvent<T>> {
  const data = { ...payload, at: new Date().toISOString() };
  const store = getStore();
  const length = await store.append(eventListKey(runId), JSON.stringify({ type, data }), LIST_TTL_MS);
  const event = { seq: length - 1, type, data: { ...data, seq: length - 1 } } as RunEvent<T>;
  localBus.emit(runId, event);
  // Readers elsewhere are told; nobody needs to wait for that.
  store.publish(eventChannel(runId), String(event.seq)).catch((err: unknown) => log.warn({ err, runId }, "run event not announced"));
  return event;
}

function toRow(runId: string, event: RunEvent): RunEventRow {
  const { seq: _seq, ...data } = event.data as Record<string, unknown>;
  const at = typeof data.at === "string" ? new Date(data.at) : new Date();
  return { runId, seq: event.seq, type: event.type, data, createdAt: Number.isNaN(at.getTime()) ? new Date() : at };
}

/** One event outside an execution (run created, cancelled): stored and persisted at once. */
export async function appendRunEvent<T extends RunEventType>(runId: string, type: T, payload: RunEventPayload<T>): Promise<RunEvent<T>> {
  await rehydrate(runId);
  const event = await appendToStore(runId, type, payload);
  await runEventRows().write([toRow(runId, event)], "soon");
  return event;
}

/**
 * The first event of a new run (its log is empty, nothing to rehydrate). `stored` resolves once
 * it holds seq 0 — all the run's execution must wait for — and `persisted` once its row is written.
 */
export function startRunLog<T extends RunEventType>(runId: string, type: T, payload: RunEventPayload<T>): { stored: Promise<RunEvent<T>>; persisted: Promise<void> } {
  const stored = appendToStore(runId, type, payload);
  const persisted = stored.then((event) => runEventRows().write([toRow(runId, event)], "soon"));
  return { stored, persisted };
}

/**
 * The writer an execution uses: events reach live readers immediately; their rows are written
 * in batches off the hot path (shared with other runs), and `flush()` (called before the run
 * comes to rest) makes sure the record is complete before anyone replays it.
 */
export class RunEventWriter {
  private inFlight = new Set<Promise<unknown>>();
  private writes = new Set<Promise<void>>();
  /** Rows whose batch failed, tried again by flush(). */
  private unwritten: RunEventRow[] = [];

  private constructor(readonly runId: string) {}

  static async open(runId: string): Promise<RunEventWriter> {
    await rehydrate(runId);
    return new RunEventWriter(runId);
  }

  /** For a run whose log was just started in this process: nothing to rehydrate. */
  static continuing(runId: string): RunEventWriter {
    return new RunEventWriter(runId);
  }

  /**
   * Appends in call order: the append is sent to the store synchronously, and one connection
   * executes commands in the order they were sent, so seq follows the order of emit() calls.
   */
  emit<T extends RunEventType>(type: T, payload: RunEventPayload<T>): Promise<RunEvent<T>> {
    const appended = appendToStore(this.runId, type, payload).then((event) => {
      this.persist([toRow(this.runId, event)], "batched");
      return event;
    });
    this.inFlight.add(appended);
    void appended.catch(() => undefined).finally(() => this.inFlight.delete(appended));
    return appended;
  }

  private persist(rows: RunEventRow[], when: "soon" | "batched"): void {
    const written = runEventRows()
      .write(rows, when)
      .catch((err: unknown) => {
        this.unwritten.push(...rows);
        log.error({ err, runId: this.runId }, "run events not persisted");
        throw err;
      });
    this.writes.add(written);
    void written.catch(() => undefined).finally(() => this.writes.delete(written));
  }

  async flush(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
    runEventRows().expedite();
    await Promise.allSettled([...this.writes]);
    if (this.unwritten.length === 0) return;
    this.persist(this.unwritten.splice(0), "soon");
    const failed = (await Promise.allSettled([...this.writes])).find((r) => r.status === "rejected");
    if (failed) throw failed.reason;
  }
}
