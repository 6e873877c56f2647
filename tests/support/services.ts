import crypto from "node:crypto";
import pg from "pg";
import { Redis } from "ioredis";
import { applyMigrations } from "@/lib/migrations/apply-migrations";

// Tests talk to the machine's real PostgreSQL and Redis; these can be pointed elsewhere.
export const ADMIN_DATABASE_URL = process.env.TEST_ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect().catch((error: Error) => {
    throw new Error(`PostgreSQL is not reachable at ${url} (${error.message}); start it (see .ci/run)`);
  });
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database with a unique name, applies the migrations, and returns its URL. */
export async function createThrowawayDatabase(label: string, adminUrl = ADMIN_DATABASE_URL): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `sieve_${label}_${Date.now().toString(36)}_${crypto.randomBytes(3).toString("hex")}`;
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await withClient(url.toString(), (c) =>
    applyMigrations({ exec: async (t) => void (await c.query(t)), query: async (t, p) => (await c.query(t, p)).rows }),
  );
  return {
    url: url.toString(),
    drop: () => withClient(adminUrl, async (c) => void (await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))),
  };
}

export async function checkRedis(url = TEST_REDIS_URL): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: true, retryStrategy: () => null });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(`Redis is not reachable at ${url} (${(error as Error).message}); start it (see .ci/run)`, { cause: error });
  } finally {
    redis.disconnect();
  }
}

export async function deleteRedisKeys(prefix: string, url = TEST_REDIS_URL): Promise<void> {
  const redis = new Redis(url);
  try {
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== "0");
  } finally {
    redis.disconnect();
  }
}

export const uniquePrefix = (label: string) => `sieve-test:${label}:${crypto.randomBytes(4).toString("hex")}:`;
