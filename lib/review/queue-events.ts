import "server-only";
import { log } from "@/lib/log";
import { queueEventSchema, type QueueEvent } from "@/lib/review/queue-contract";
import { getStore } from "@/lib/store/get-store";

// Live queue updates travel over the store's publish/subscribe (Redis across instances, in-process
// when embedded), one channel per tenant so a reviewer never hears about another tenant's items.

const channel = (tenantId: string) => `review:queue:${tenantId}`;

export interface QueueChange {
  kind: QueueEvent["kind"];
  item: { id: string; documentId: string; status: QueueEvent["status"]; assigneeId: string | null };
}

export async function publishQueueChange(tenantId: string, change: QueueChange, at = new Date()): Promise<void> {
  const event: QueueEvent = {
    kind: change.kind,
    itemId: change.item.id,
    documentId: change.item.documentId,
    status: change.item.status,
    assigneeId: change.item.assigneeId,
    at: at.toISOString(),
  };
  // A lost notification only delays a refresh; it must never fail the reviewer's action.
  await getStore().publish(channel(tenantId), JSON.stringify(event)).catch((err: unknown) => log.warn({ err }, "queue publish failed"));
}

export async function subscribeQueue(tenantId: string, onEvent: (event: QueueEvent) => void): Promise<() => Promise<void>> {
  return getStore().subscribe(channel(tenantId), (message) => {
    let parsed;
    try {
      parsed = queueEventSchema.safeParse(JSON.parse(message));
    } catch {
      return;
    }
    if (parsed.success) onEvent(parsed.data);
  });
}
