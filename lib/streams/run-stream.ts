import "server-only";
import { createUIMessageStream, UI_MESSAGE_STREAM_HEADERS, type UIMessageChunk } from "ai";
import { db } from "@/lib/db";
import type { RunStatus } from "@/lib/generated/prisma/enums";
import { getStore } from "@/lib/store/get-store";
import { eventChannel, onLocalRunEvent, readRunEvents } from "@/lib/streams/run-event-log";
import { partId, RESTING_STATUSES, type RunEvent, type RunUIMessage } from "@/lib/streams/run-event-types";

// Follows a run's event log from a position to the moment the run comes to rest (approved,
// needs_review, waiting_for_answer, failed…), as an AI SDK UI message stream. Readers never
// drive the run: they can come and go (and resume from any seq) while it executes.

/** A reader re-checks the run when nothing arrived for this long (an executor that died). */
const IDLE_RECHECK_MS = 15_000;
const KEEP_ALIVE_MS = 15_000;

function waitForSignal(subscribe: (wake: () => void) => void, ms: number, abort: AbortSignal): Promise<"event" | "idle" | "aborted"> {
  return new Promise((resolve) => {
    if (abort.aborted) return resolve("aborted");
    const done = (why: "event" | "idle" | "aborted") => {
      clearTimeout(timer);
      abort.removeEventListener("abort", onAbort);
      resolve(why);
    };
    const onAbort = () => done("aborted");
    const timer = setTimeout(() => done("idle"), ms);
    abort.addEventListener("abort", onAbort, { once: true });
    subscribe(() => done("event"));
  });
}

/**
 * The run's events from `from` until it rests; ends early when `signal` aborts (client gone).
 * The subscription and the first read happen before this resolves, so a store or database that
 * cannot be reached fails the request (503) instead of a stream that never says anything.
 */
async function followRunEvents(runId: string, from: number, signal: AbortSignal): Promise<AsyncGenerator<RunEvent>> {
  let next = Math.max(0, from);
  let wake: (() => void) | null = null;
  let woken = false;
  const nudge = () => {
    woken = true;
    wake?.();
  };
  // Events appended in this process arrive whole; others are read from the store when announced.
  const handed = new Map<number, RunEvent>();
  const offLocal = onLocalRunEvent(runId, (event) => {
    if (event.seq < next) return;
    handed.set(event.seq, event);
    nudge();
  });
  let unsubscribe: (() => Promise<void>) | undefined;
  // The reader is done either way; the store can forget the subscription in its own time.
  const close = () => {
    offLocal();
    void unsubscribe?.().catch(() => undefined);
  };
  let status: RunStatus;
  let first: RunEvent[];
  try {
    // A dropped subscription re-reads the log at once: while the store is down that read fails and
    // the stream ends with an error the client can reconnect from, instead of waiting in silence.
    unsubscribe = await getStore().subscribe(
      eventChannel(runId),
      (seq) => {
        if (Number(seq) >= next && !handed.has(Number(seq))) nudge();
      },
      nudge,
    );
    status = (await db.run.findUnique({ where: { id: runId }, select: { status: true } }))?.status ?? "failed";
    first = await readRunEvents(runId, next);
  } catch (error) {
    close();
    throw error;
  }
  return (async function* () {
    try {
      const deliver = function* (event: RunEvent) {
        handed.delete(event.seq);
        next = event.seq + 1;
        if (event.type === "run-status") status = (event.data as { status: RunStatus }).status;
        yield event;
      };
      let readStore = false;
      for (const event of first) yield* deliver(event);
      while (!signal.aborted) {
        if (readStore) for (const event of await readRunEvents(runId, next)) yield* deliver(event);
        for (let event = handed.get(next); event; event = handed.get(next)) yield* deliver(event);
        if (RESTING_STATUSES.has(status)) return;
        if (woken) {
          // Handed-over events in order need no store read; a gap (another writer) does.
          woken = false;
          readStore = !handed.has(next);
          continue;
        }
        const why = await waitForSignal((fn) => (wake = fn), IDLE_RECHECK_MS, signal);
        wake = null;
        woken = false;
        readStore = !handed.has(next);
        if (why === "idle") {
          readStore = true;
          status = (await db.run.findUnique({ where: { id: runId }, select: { status: true } }))?.status ?? "failed";
        }
      }
    } finally {
      close();
    }
  })();
}

/** The run's events as an AI SDK UI message stream; rejects when the log cannot be followed. */
export async function runUIMessageStream(runId: string, from: number, signal: AbortSignal): Promise<ReadableStream<UIMessageChunk>> {
  const events = await followRunEvents(runId, from, signal);
  return createUIMessageStream<RunUIMessage>({
    execute: async ({ writer }) => {
      writer.write({ type: "start", messageId: `run-${runId}` });
      for await (const event of events) {
        writer.write({ type: `data-${event.type}`, id: partId(event), data: event.data } as never);
      }
      writer.write({ type: "finish" });
    },
    onError: () => "The run's stream failed; reconnect with ?from=<next seq>",
  });
}

/**
 * SSE framing of the UI message stream. It matches the AI SDK's own (JsonToSseTransformStream,
 * as used by createUIMessageStreamResponse) and adds an `id:` line with the event's seq, so
 * EventSource-style clients send Last-Event-ID on reconnect, plus keep-alive comments.
 */
function sseWithIds(signal: AbortSignal): TransformStream<UIMessageChunk, string> {
  let keepAlive: NodeJS.Timeout | undefined;
  return new TransformStream({
    start(controller) {
      keepAlive = setInterval(() => {
        try {
          controller.enqueue(": keep-alive\n\n");
        } catch {
          clearInterval(keepAlive);
        }
      }, KEEP_ALIVE_MS);
      signal.addEventListener("abort", () => clearInterval(keepAlive), { once: true });
    },
    transform(chunk, controller) {
      const seq = chunk.type.startsWith("data-") ? (chunk as { data?: { seq?: unknown } }).data?.seq : undefined;
      controller.enqueue(`${typeof seq === "number" ? `id: ${seq}\n` : ""}data: ${JSON.stringify(chunk)}\n\n`);
    },
    flush(controller) {
      clearInterval(keepAlive);
      controller.enqueue("data: [DONE]\n\n");
    },
  });
}

/** The HTTP response of GET /api/v1/runs/{id}/stream. */
export async function runStreamResponse(runId: string, from: number, signal: AbortSignal): Promise<Response> {
  const body = (await runUIMessageStream(runId, from, signal)).pipeThrough(sseWithIds(signal)).pipeThrough(new TextEncoderStream());
  // no-transform: an event stream gzipped by the server (Next compresses text/* responses) costs a
  // deflate flush per event and can hold events in a proxy's compressor.
  return new Response(body, { headers: { ...UI_MESSAGE_STREAM_HEADERS, "cache-control": "no-cache, no-transform", "x-run-id": runId } });
}
