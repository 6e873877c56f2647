import { afterEach, describe, expect, it } from "vitest";
import { readiness } from "@/lib/server/readiness";
import { RedisStore } from "@/lib/store/redis-store";
import type { Store } from "@/lib/store/store";

// Redis "down" is a store pointed at a closed port: the shared server keeps running for others.
const holder = globalThis as unknown as { sieveStore?: Store };

describe("GET /api/v1/ready while Redis is down", () => {
  let saved: Store | undefined;
  afterEach(async () => {
    await holder.sieveStore?.close();
    holder.sieveStore = saved;
  });

  it("answers not ready promptly and says which dependency failed without its internal error text", async () => {
    saved = holder.sieveStore;
    holder.sieveStore = new RedisStore("redis://127.0.0.1:1", "outage-test:");
    const result = await readiness();
    expect(result.ready).toBe(false);
    const cache = result.checks.find((c) => c.name === "cache:redis")!;
    expect(cache.ok).toBe(false);
    expect(cache.error ?? "unavailable").toBe("unavailable");
    expect(JSON.stringify(result)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|connect|retries|prisma/i);
    expect(result.checks.find((c) => c.name === "database")!.ok).toBe(true);
  }, 10_000);
});
