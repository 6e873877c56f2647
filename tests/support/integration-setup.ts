import { afterAll, inject } from "vitest";

// Every integration test file runs against the real services of this run (see the global setup).
process.env.DATABASE_URL = inject("databaseUrl");
process.env.REDIS_URL = inject("redisUrl");
process.env.REDIS_KEY_PREFIX = inject("redisPrefix");
process.env.LOG_LEVEL ??= "silent";
process.env.SIEVE_SEED_ON_START = "false";
// The tests' webhook receivers listen on loopback; tests of the address policy turn this off themselves.
process.env.SIEVE_WEBHOOK_ALLOW_PRIVATE = "true";

afterAll(async () => {
  const { closeDatabase } = await import("@/lib/db");
  const { closeStore } = await import("@/lib/store/get-store");
  await Promise.all([closeDatabase(), closeStore()]);
});
