import "server-only";
import { breakerId, CircuitBreakers, knownBreakerIds, onBreakerOpen, type BreakerOpenEvent } from "@/lib/gateway/circuit-breaker";
import { gatewayConfigFromEnv } from "@/lib/gateway/config";
import type { Store } from "@/lib/store/store";
import type { AlertInput } from "@/lib/alerts/alert-store";

// One alert per opening of a circuit breaker. The gateway calls onBreakerOpen in the instance that
// opened it; the periodic check also reads the shared breaker state, in case that instance died first.
// Both name the opening by its openedAt, so they raise the same dedupe key.

export function breakerAlert(event: Pick<BreakerOpenEvent, "provider" | "model" | "openedAt" | "until"> & { calls?: number; failures?: number }): AlertInput {
  const id = breakerId(event.provider, event.model);
  return {
    kind: "breaker_open",
    dedupeKey: `breaker_open:${id}:${event.openedAt}`,
    tenantId: null,
    message: `Circuit breaker for ${event.provider}/${event.model} opened: calls fail fast until it recovers`,
    data: { breaker: id, openedAt: event.openedAt, until: event.until, ...(event.calls !== undefined ? { calls: event.calls, failures: event.failures } : {}) },
  };
}

/** Subscribes to breaker openings; returns the unsubscribe. */
export function watchBreakers(raise: (alert: AlertInput) => Promise<unknown>): () => void {
  return onBreakerOpen((event) => void raise(breakerAlert(event)));
}

/** Breakers this process knows of that are open (or half-open) now. */
export async function openBreakerAlerts(store: Store): Promise<AlertInput[]> {
  const config = gatewayConfigFromEnv();
  const breakers = new CircuitBreakers(store, config.breaker, config.timeoutMs);
  const statuses = await Promise.all(knownBreakerIds().map((id) => breakers.status(id)));
  return statuses
    .filter((s) => s.state !== "closed" && s.openedAt)
    .map((s) => breakerAlert({ provider: s.provider, model: s.model, openedAt: s.openedAt!, until: s.until ?? s.openedAt!, calls: s.window.calls, failures: s.window.failures }));
}
