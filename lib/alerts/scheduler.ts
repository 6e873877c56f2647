import "server-only";
import { log } from "@/lib/log";
import { rollUpSpend } from "@/lib/spend/rollup";
import { alertConfigFromEnv } from "@/lib/alerts/alert-config";
import { runAlertTick, raiseAll } from "@/lib/alerts/alert-tick";
import { watchBreakers } from "@/lib/alerts/breaker-alerts";
import { deliverPendingAlerts } from "@/lib/alerts/webhook-delivery";

// Started once per instance by lib/server/background.ts: keeps the spend rollup current, then runs
// alert detection and webhook delivery, every SIEVE_ALERTS_INTERVAL_SECONDS.

export interface Stoppable {
  stop(): Promise<void>;
}

export function startAlertScheduler(): Stoppable {
  const { intervalMs } = alertConfigFromEnv();
  let running: Promise<void> | null = null;
  let stopped = false;

  const tick = () => {
    if (running || stopped) return;
    running = (async () => {
      await rollUpSpend();
      await runAlertTick();
    })()
      .catch((error: unknown) => log.error({ err: error }, "alerts: scheduled pass failed"))
      .finally(() => {
        running = null;
      });
  };

  const unwatch = watchBreakers(async (alert) => {
    try {
      if ((await raiseAll([alert])) > 0) await deliverPendingAlerts();
    } catch (error) {
      log.error({ err: error }, "alerts: could not raise a breaker alert");
    }
  });
  // The first pass waits a little so start-up (migrations, seed) is not slowed down.
  const first = setTimeout(tick, Math.min(intervalMs, 5_000));
  const timer = setInterval(tick, intervalMs);
  first.unref();
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      unwatch();
      await running;
    },
  };
}
