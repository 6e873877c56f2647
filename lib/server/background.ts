import "server-only";
import { startQueueWatcher } from "@/lib/review/queue-watch";
import { onShutdown } from "@/lib/server/start-server";
import { startAlertScheduler } from "@/lib/alerts/scheduler";

/**
 * Starts in-app scheduled work (alert detection, stale-claim expiry, batched writers).
 * Each capability adds its starter here; every job must be idempotent across instances.
 */
export async function startBackgroundWork(): Promise<void> {
  // Review queue: live updates for items written anywhere, and stale claims back to the queue.
  const queueWatcher = startQueueWatcher();
  onShutdown(() => queueWatcher.stop());
  // Spend: hourly rollup, anomaly/budget/breaker alerts and their webhook deliveries.
  const alerts = startAlertScheduler();
  onShutdown(() => alerts.stop());
}
