import "server-only";
import { startQueueWatcher } from "@/lib/review/queue-watch";
import { onShutdown } from "@/lib/server/start-server";
import { startAlertScheduler } from "@/lib/alerts/scheduler";
import { startTraceExport } from "@/lib/traces/otel-export";
import { flushCallRecords } from "@/lib/gateway/call-recorder";
import { startRunRecovery } from "@/lib/pipeline/recover-runs";
import { closeRunQueue } from "@/lib/pipeline/run-queue";
import { env } from "@/lib/env";

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
  // Traces: finished runs to OpenTelemetry when OTEL_EXPORTER_OTLP_ENDPOINT is set.
  const traces = startTraceExport();
  onShutdown(() => traces.stop());
  // Pipeline: with external workers this instance only queues runs (the workers recover them);
  // in-process, interrupted runs resume here and runs in flight get a grace period on shutdown.
  if (env().SIEVE_WORKERS === "external") {
    onShutdown(() => closeRunQueue());
  } else {
    const runs = startRunRecovery();
    onShutdown(() => runs.stop());
  }
  // Gateway: batched ModelCall rows still in memory are written before exit.
  onShutdown(() => flushCallRecords());
}
