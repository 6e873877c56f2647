// Whether an hour's spend is far above its recent baseline, pure. The baseline is the mean and
// standard deviation of the previous hours (empty hours count as zero); a spike must clear
// mean + sigma·stddev, be at least `minRatio` times the mean, and reach an absolute floor so that
// cents over a quiet night do not page anyone.

export interface SpikeConfig {
  sigma: number;
  minRatio: number;
  minMicros: number;
}

export interface SpikeVerdict {
  spike: boolean;
  observedMicros: number;
  meanMicros: number;
  stddevMicros: number;
  thresholdMicros: number;
}

export function detectSpike(history: readonly number[], observedMicros: number, config: SpikeConfig): SpikeVerdict {
  const n = history.length;
  const mean = n ? history.reduce((a, b) => a + b, 0) / n : 0;
  const variance = n ? history.reduce((a, b) => a + (b - mean) ** 2, 0) / n : 0;
  const stddev = Math.sqrt(variance);
  const threshold = Math.max(mean + config.sigma * stddev, mean * config.minRatio, config.minMicros);
  return {
    spike: observedMicros > threshold,
    observedMicros,
    meanMicros: Math.round(mean),
    stddevMicros: Math.round(stddev),
    thresholdMicros: Math.ceil(threshold),
  };
}

/** The hourly series for one tenant, oldest first, with absent hours as zero. */
export function zeroFilled(spend: ReadonlyMap<number, number>, fromHourMs: number, hours: number): number[] {
  return Array.from({ length: hours }, (_, i) => spend.get(fromHourMs + i * 3_600_000) ?? 0);
}
