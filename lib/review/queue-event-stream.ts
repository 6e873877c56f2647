import "server-only";
import { subscribeQueue } from "@/lib/review/queue-events";

// Server-sent events for the queue page: one `queue` event per change in the tenant's queue,
// a comment every 15 s so proxies keep the connection open, and a retry hint for reconnects.

const KEEP_ALIVE_MS = 15_000;

export function queueEventStream(tenantId: string, signal: AbortSignal): Response {
  const encoder = new TextEncoder();
  let cleanup: (() => Promise<void>) | undefined;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const send = (text: string) => {
        if (open) controller.enqueue(encoder.encode(text));
      };
      send("retry: 3000\n: connected\n\n");
      const unsubscribe = await subscribeQueue(tenantId, (event) => send(`event: queue\ndata: ${JSON.stringify(event)}\n\n`));
      const keepAlive = setInterval(() => send(": keep-alive\n\n"), KEEP_ALIVE_MS);
      cleanup = async () => {
        if (!open) return;
        open = false;
        clearInterval(keepAlive);
        await unsubscribe();
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      if (signal.aborted) await cleanup();
      else signal.addEventListener("abort", () => void cleanup?.(), { once: true });
    },
    async cancel() {
      await cleanup?.();
    },
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", "x-accel-buffering": "no" },
  });
}
