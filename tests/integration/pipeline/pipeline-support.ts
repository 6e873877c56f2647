import { DefaultChatTransport, readUIMessageStream } from "ai";
import { expect } from "vitest";
import { POST as upload } from "@/app/api/v1/documents/route";
import { POST as answer } from "@/app/api/v1/questions/[id]/answer/route";
import { GET as streamRoute } from "@/app/api/v1/runs/[id]/stream/route";
import { db } from "@/lib/db";
import type { RunEventData, RunEventType, RunUIMessage } from "@/lib/streams/run-event-types";

// Drives the pipeline the way clients do: the upload and answer route handlers, and the run's
// stream read with the AI SDK's own client (DefaultChatTransport → readUIMessageStream).

const BASE = "http://sieve.test";

export async function uploadDocument(secret: string, bytes: Uint8Array | string, filename: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.set("file", new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], filename));
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const response = await upload(new Request(`${BASE}/api/v1/documents`, { method: "POST", headers: { authorization: `Bearer ${secret}` }, body: form }), {
    params: Promise.resolve({}),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { runId: string; documentId: string; streamUrl: string } };
}

export async function answerQuestionViaApi(secret: string, questionId: string, text: string) {
  const response = await answer(
    new Request(`${BASE}/api/v1/questions/${questionId}/answer`, {
      method: "POST",
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
      body: JSON.stringify({ answer: text }),
    }),
    { params: Promise.resolve({ id: questionId }) },
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** The route handler behind `fetch`, so the AI SDK's transport talks to it as to a server. */
const routeFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const id = /\/api\/v1\/runs\/([^/]+)\/stream/.exec(new URL(request.url).pathname)![1]!;
  return streamRoute(request, { params: Promise.resolve({ id }) });
};

export type DataPart = { [T in RunEventType]: { type: `data-${T}`; id?: string; data: RunEventData<T> } }[RunEventType];

/**
 * Reconnects to a run's stream with the AI SDK's transport and reads it with readUIMessageStream.
 * Every data chunk is reported to `onPart` as it arrives (parts with the same id are merged in
 * the message, so the raw sequence is collected here). Stop early by aborting `signal`.
 */
export async function readRunStream(
  secret: string,
  runId: string,
  options: { from?: number; lastEventId?: number; signal?: AbortSignal; onPart?: (part: DataPart) => void } = {},
): Promise<{ message: RunUIMessage | undefined; parts: DataPart[]; status: number }> {
  let status = 0;
  const transport = new DefaultChatTransport<RunUIMessage>({
    api: `${BASE}/api/v1/runs`,
    fetch: async (input, init) => {
      const response = await routeFetch(input, { ...init, signal: options.signal });
      status = response.status;
      return response;
    },
    prepareReconnectToStreamRequest: ({ id }) => ({
      api: `${BASE}/api/v1/runs/${id}/stream${options.from !== undefined ? `?from=${options.from}` : ""}`,
      headers: { authorization: `Bearer ${secret}`, ...(options.lastEventId !== undefined ? { "last-event-id": String(options.lastEventId) } : {}) },
    }),
  });
  const stream = await transport.reconnectToStream({ chatId: runId });
  if (!stream) return { message: undefined, parts: [], status };
  const parts: DataPart[] = [];
  const spy = stream.pipeThrough(
    new TransformStream({
      transform(chunk, controller) {
        if (chunk.type.startsWith("data-")) {
          // A copy: readUIMessageStream merges later parts with the same id into the first one.
          const part = structuredClone(chunk) as DataPart;
          parts.push(part);
          options.onPart?.(part);
        }
        controller.enqueue(chunk);
      },
    }),
  );
  let message: RunUIMessage | undefined;
  try {
    for await (const m of readUIMessageStream<RunUIMessage>({ stream: spy })) message = m;
  } catch (error) {
    if (!options.signal?.aborted) throw error;
  }
  return { message, parts, status };
}

export const partsOf = <T extends RunEventType>(parts: DataPart[], type: T) =>
  parts.filter((p): p is Extract<DataPart, { type: `data-${T}` }> => p.type === `data-${type}`).map((p) => p.data as unknown as RunEventData<T>);

export async function runAtRest(runId: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = await db.run.findUniqueOrThrow({ where: { id: runId } });
    if (!["queued", "running"].includes(run.status)) return run;
    if (Date.now() > deadline) throw new Error(`run ${runId} still ${run.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Every seq from 0 to the last, once each, in order. */
export function expectContiguous(seqs: number[]) {
  expect(seqs).toEqual(seqs.map((_, i) => i));
}
