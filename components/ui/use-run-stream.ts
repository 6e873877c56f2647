"use client";
import { parseJsonEventStream, readUIMessageStream, uiMessageChunkSchema, type UIMessageChunk } from "ai";
import { useEffect, useRef, useState } from "react";
import { authHeaders, consoleAuth, type BrowserAuth } from "@/components/ui/api";
import type { RunUIMessage } from "@/lib/streams/run-event-types";

export type StreamState = "idle" | "connecting" | "streaming" | "reconnecting" | "done" | "error";

function lastSeq(message: RunUIMessage | null): number {
  let seq = -1;
  for (const part of message?.parts ?? []) {
    const data = (part as { data?: { seq?: unknown } }).data;
    if (typeof data?.seq === "number" && data.seq > seq) seq = data.seq;
  }
  return seq;
}

/**
 * Reads a run's event stream (GET /api/v1/runs/{id}/stream, an AI SDK UI message stream with data
 * parts) with the SDK's own reader. A dropped connection resumes from the next event, keeping what was
 * already shown; the hook reports "done" when the run comes to rest (waiting for an answer, in review,
 * finished). `generation` restarts the stream (after an answer resumes the run).
 */
export function useRunStream(
  runId: string | null,
  enabled: boolean,
  generation = 0,
  auth: BrowserAuth = consoleAuth,
): { message: RunUIMessage | null; state: StreamState } {
  const [message, setMessage] = useState<RunUIMessage | null>(null);
  const [state, setState] = useState<StreamState>("idle");
  const latest = useRef<RunUIMessage | null>(null);
  const authRef = useRef(auth);
  authRef.current = auth;

  useEffect(() => {
    if (!runId || !enabled) return;
    const abort = new AbortController();
    (async () => {
      for (let attempt = 0; attempt < 20 && !abort.signal.aborted; attempt++) {
        setState(attempt === 0 ? "connecting" : "reconnecting");
        try {
          const headers = { accept: "text/event-stream", ...authHeaders(authRef.current) };
          delete (headers as Record<string, string>)["x-csrf-token"]; // a GET needs no CSRF token
          const response = await fetch(`/api/v1/runs/${runId}/stream?from=${lastSeq(latest.current) + 1}`, { signal: abort.signal, headers });
          if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
          setState("streaming");
          const chunks = parseJsonEventStream({ stream: response.body, schema: uiMessageChunkSchema }).pipeThrough(
            new TransformStream<{ success: boolean; value?: UIMessageChunk }, UIMessageChunk>({
              transform: (result, controller) => void (result.success && controller.enqueue(result.value!)),
            }),
          );
          for await (const next of readUIMessageStream<RunUIMessage>({ message: latest.current ?? undefined, stream: chunks })) {
            latest.current = next;
            setMessage(next);
          }
          setState("done");
          return;
        } catch {
          if (abort.signal.aborted) return;
          await new Promise((resolve) => setTimeout(resolve, Math.min(500 * 2 ** attempt, 5_000)));
        }
      }
      if (!abort.signal.aborted) setState("error");
    })();
    return () => abort.abort();
  }, [runId, enabled, generation]);

  return { message, state };
}
