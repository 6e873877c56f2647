import "server-only";
import { log } from "@/lib/log";
import { getStore } from "@/lib/store/get-store";
import type { Store } from "@/lib/store/store";
import { alertConfigFromEnv, type AlertConfig } from "@/lib/alerts/alert-config";
import { raiseAlert, type AlertInput } from "@/lib/alerts/alert-store";
import { openBreakerAlerts } from "@/lib/alerts/breaker-alerts";
import { budgetAlerts } from "@/lib/alerts/detect-budgets";
import { spikeAlerts } from "@/lib/alerts/detect-spikes";
import { deliverPendingAlerts, type DeliveryOptions } from "@/lib/alerts/webhook-delivery";
import { webhookTarget } from "@/lib/alerts/webhook-settings";

// One pass of alerting: detect spend spikes, budget crossings and open breakers, raise what is new,
// then deliver. Instances take turns through a store lock; the dedupe key would keep a second
// detector from raising anything twice even without it.

const LOCK_KEY = "alerts:tick";

export interface TickOptions {
  now?: Date;
  store?: Store;
  config?: Partial<AlertConfig>;
  delivery?: DeliveryOptions["config"];
}

/** Raises each alert once; returns those this call created. */
export async function raiseAll(alerts: AlertInput[]): Promise<number> {
  const delivery = (await webhookTarget()) ? "pending" : "skipped";
  let created = 0;
  for (const alert of alerts) if (await raiseAlert(alert, delivery)) created++;
  return created;
}

export async function detectAlerts(now: Date, store: Store, config: AlertConfig): Promise<number> {
  const [spikes, budgets, breakers] = await Promise.all([spikeAlerts(now, config), budgetAlerts(now), openBreakerAlerts(store)]);
  return raiseAll([...spikes, ...budgets, ...breakers]);
}

export async function runAlertTick(options: TickOptions = {}): Promise<{ skipped: boolean; raised: number; delivered: number }> {
  const now = options.now ?? new Date();
  const store = options.store ?? getStore();
  const config = { ...alertConfigFromEnv(), ...options.config };
  const lock = await store.acquireLock(LOCK_KEY, Math.max(60_000, config.intervalMs * 2));
  if (!lock) return { skipped: true, raised: 0, delivered: 0 };
  try {
    const raised = await detectAlerts(now, store, config);
    if (raised > 0) log.warn({ raised }, "spend alerts raised");
    const { delivered } = await deliverPendingAlerts({ now, config: options.delivery });
    return { skipped: false, raised, delivered };
  } finally {
    await lock.release();
  }
}
