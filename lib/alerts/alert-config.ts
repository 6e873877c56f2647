import { env } from "@/lib/env";
import type { SpikeConfig } from "@/lib/alerts/spike-detection";

export interface AlertConfig {
  spike: SpikeConfig;
  /** Hours before the evaluated one that form its baseline. */
  baselineHours: number;
  intervalMs: number;
}

export function alertConfigFromEnv(): AlertConfig {
  const e = env();
  return {
    spike: { sigma: e.SIEVE_ALERT_SPIKE_SIGMA, minRatio: 2, minMicros: e.SIEVE_ALERT_SPIKE_MIN_MICROS },
    baselineHours: 7 * 24,
    intervalMs: e.SIEVE_ALERTS_INTERVAL_SECONDS * 1000,
  };
}
