import pino from "pino";
import { env } from "@/lib/env";

// Structured logs; anything that could hold a secret is redacted before it is written.
export const log = pino({
  level: env().LOG_LEVEL,
  base: { service: "sieve" },
  redact: {
    paths: ["password", "token", "secret", "authorization", "cookie", "*.password", "*.token", "*.secret", "*.authorization", "*.cookie", "headers.authorization", "headers.cookie"],
    censor: "[redacted]",
  },
  timestamp: pino.stdTimeFunctions.isoTime,
});

/** For lib/core/write-batch: a batch that failed is written again one caller's rows at a time. */
export const batchFailed = (what: string) => (err: unknown, entries: number) =>
  log.warn({ err, entries }, `${what}: batch write failed; writing one caller's rows at a time`);
