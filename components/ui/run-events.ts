import type { RunEventData, RunEventType, RunUIMessage } from "@/lib/streams/run-event-types";

// Reading a run's stream as typed events: the data parts of one type, in stream order (parts with a
// stable id — status, decision, a field — were replaced in place by the SDK's reader).

export function dataOf<T extends RunEventType>(message: RunUIMessage | null, type: T): RunEventData<T>[] {
  const parts = (message?.parts ?? []) as unknown as { type: string; data?: unknown }[];
  return parts.filter((p) => p.type === `data-${type}`).map((p) => p.data as RunEventData<T>);
}

/** Parts this client does not know yet (e.g. `data-reading`), read loosely by name. */
export function looseDataOf(message: RunUIMessage | null, type: string): Record<string, unknown>[] {
  const parts = (message?.parts ?? []) as unknown as { type: string; data?: unknown }[];
  return parts.filter((p) => p.type === `data-${type}`).map((p) => (p.data ?? {}) as Record<string, unknown>);
}

export const AGENTS = ["classification", "extraction", "summarisation", "validation", "routing"] as const;

export const statusLabel = (status: string) => status.replace(/_/g, " ");
