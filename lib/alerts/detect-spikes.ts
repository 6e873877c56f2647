import "server-only";
import { hourlySpendByTenant } from "@/lib/spend/hourly-spend";
import { addHours, floorHour, HOUR_MS } from "@/lib/core/time";
import type { AlertConfig } from "@/lib/alerts/alert-config";
import type { AlertInput } from "@/lib/alerts/alert-store";
import { detectSpike, zeroFilled } from "@/lib/alerts/spike-detection";

const usd = (micros: number) => `$${(micros / 1_000_000).toFixed(2)}`;

/**
 * The current hour (so far) and the hour before it, per tenant, each against the hours before it.
 * Checking the previous hour too catches a spike that peaked after the last tick of its hour.
 */
export async function spikeAlerts(now: Date, config: Pick<AlertConfig, "spike" | "baselineHours">): Promise<AlertInput[]> {
  const current = floorHour(now);
  const from = addHours(current, -(config.baselineHours + 1));
  const rows = await hourlySpendByTenant({ from, to: now });
  const byTenant = new Map<string | null, Map<number, number>>();
  for (const row of rows) {
    const spend = byTenant.get(row.tenantId) ?? new Map<number, number>();
    spend.set(row.hour.getTime(), row.costMicros);
    byTenant.set(row.tenantId, spend);
  }
  const alerts: AlertInput[] = [];
  for (const [tenantId, spend] of byTenant) {
    for (const hour of [addHours(current, -1), current]) {
      const observed = spend.get(hour.getTime()) ?? 0;
      const history = zeroFilled(spend, hour.getTime() - config.baselineHours * HOUR_MS, config.baselineHours);
      const verdict = detectSpike(history, observed, config.spike);
      if (!verdict.spike) continue;
      alerts.push({
        kind: "spend_anomaly",
        dedupeKey: `spend_anomaly:${tenantId ?? "-"}:${hour.toISOString()}`,
        tenantId,
        message: `Model spend of ${usd(observed)} in the hour from ${hour.toISOString().slice(11, 16)} UTC is far above its baseline of ${usd(verdict.meanMicros)} an hour`,
        observedMicros: observed,
        baselineMicros: verdict.meanMicros,
        data: { hour: hour.toISOString(), stddevMicros: verdict.stddevMicros, thresholdMicros: verdict.thresholdMicros, baselineHours: config.baselineHours },
      });
    }
  }
  return alerts;
}
