"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { queueKeys } from "@/components/ui/queue-api";
import { queueEventSchema, type QueueEvent } from "@/lib/review/queue-contract";

/**
 * Keeps the queue live: listens to the tenant's queue events (server-sent, Redis pub/sub behind
 * them) and refetches what is on screen, batching bursts; `onEvent` sees each event too. Reports whether the channel is up so the
 * page can fall back to polling while it is not.
 */
export function useQueueLive(onEvent?: (event: QueueEvent) => void): { connected: boolean; lastEventAt: number | null } {
  const client = useQueryClient();
  const [connected, setConnected] = useState(false);
  const [lastEventAt, setLastEventAt] = useState<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const handler = useRef(onEvent);
  handler.current = onEvent;

  useEffect(() => {
    const source = new EventSource("/api/v1/review/queue/events");
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    source.addEventListener("queue", (message) => {
      setLastEventAt(Date.now());
      const parsed = queueEventSchema.safeParse(JSON.parse((message as MessageEvent<string>).data));
      if (parsed.success) handler.current?.(parsed.data);
      if (timer.current) return;
      timer.current = setTimeout(() => {
        timer.current = null;
        void client.invalidateQueries({ queryKey: queueKeys.all });
      }, 250);
    });
    return () => {
      source.close();
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [client]);

  return { connected, lastEventAt };
}
