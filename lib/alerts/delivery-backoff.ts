// What happens after a failed webhook attempt, pure: try again later with exponential backoff and
// equal jitter (half the step fixed, half random), or give up after the last attempt.

export interface BackoffConfig {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export function retryDelayMs(attempt: number, random: number, config: Pick<BackoffConfig, "baseDelayMs" | "maxDelayMs">): number {
  const step = Math.min(config.maxDelayMs, config.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + (random * step) / 2);
}

export type AfterFailure = { status: "pending"; retryAt: Date } | { status: "failed" };

export function afterFailedAttempt(attempts: number, now: Date, random: number, config: BackoffConfig): AfterFailure {
  if (attempts >= config.maxAttempts) return { status: "failed" };
  return { status: "pending", retryAt: new Date(now.getTime() + retryDelayMs(attempts, random, config)) };
}
