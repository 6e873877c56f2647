import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { Redis } from "ioredis";

// Removes this run's database, Redis keys and embedded data folder.
export default async function globalTeardown() {
  const runId = process.env.SIEVE_E2E_RUN_ID!;
  const client = new pg.Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "sieve_e2e_${runId}" WITH (FORCE)`);
  await client.end();
  const redis = new Redis(process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379");
  const keys = await redis.keys(`${process.env.SIEVE_E2E_REDIS_PREFIX}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
  fs.rmSync(path.join(os.tmpdir(), `sieve-e2e-embedded-${runId}`), { recursive: true, force: true });
}
