import { describe, expect, it, vi } from "vitest";

// A small limit for this file only; env() is parsed on first use, after this runs.
vi.hoisted(() => {
  process.env.SIEVE_API_RATE_LIMIT = "3";
  process.env.SIEVE_API_RATE_WINDOW_SECONDS = "60";
});

import crypto from "node:crypto";
import { consumeRateLimit } from "@/lib/http/rate-limit";
import { errorBodySchema } from "@/lib/core/contract";
import { MemoryStore } from "@/lib/store/memory-store";
import { RedisStore } from "@/lib/store/redis-store";
import { createTenantWithUsers } from "../../support/factories";
import { call } from "../../support/api-dispatch";
import { consoleSession, tokenFor } from "../../support/api-factories";

const limitHeaders = (r: Response) => ({
  status: r.status,
  limit: r.headers.get("ratelimit-limit"),
  remaining: r.headers.get("ratelimit-remaining"),
});

// Windows are fixed: a test that straddles a boundary would see a fresh window, so start early in one.
async function awayFromWindowEdge() {
  const intoWindow = Date.now() % 60_000;
  if (intoWindow > 50_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoWindow + 50));
}

describe("per-token rate limits", () => {
  it("counts down in the RateLimit headers, then refuses with 429, Retry-After and the error shape", async () => {
    const { tenant } = await createTenantWithUsers();
    const token = await tokenFor(tenant.id, ["read"]);
    await awayFromWindowEdge();
    const responses = [];
    for (let i = 0; i < 4; i++) responses.push(await call("/api/v1/documents", { bearer: token }));
    expect(responses.map(limitHeaders)).toEqual([
      { status: 200, limit: "3", remaining: "2" },
      { status: 200, limit: "3", remaining: "1" },
      { status: 200, limit: "3", remaining: "0" },
      { status: 429, limit: "3", remaining: "0" },
    ]);
    const refused = responses[3]!;
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(Number(refused.headers.get("ratelimit-reset"))).toBe(retryAfter);
    const body = errorBodySchema.parse(await refused.json());
    expect(body.error).toMatchObject({ code: "rate_limited", requestId: refused.headers.get("x-request-id") });
  });

  it("keeps a separate budget per token and per console user", async () => {
    const { tenant, reviewer } = await createTenantWithUsers();
    const [first, second] = [await tokenFor(tenant.id, ["read"]), await tokenFor(tenant.id, ["read"])];
    await awayFromWindowEdge();
    for (let i = 0; i < 4; i++) await call("/api/v1/questions", { bearer: first });
    expect((await call("/api/v1/questions", { bearer: first })).status).toBe(429);
    expect(limitHeaders(await call("/api/v1/questions", { bearer: second }))).toEqual({ status: 200, limit: "3", remaining: "2" });
    const session = await consoleSession(reviewer.email);
    expect(limitHeaders(await call("/api/v1/questions", { cookie: session.cookie }))).toEqual({ status: 200, limit: "3", remaining: "2" });
  });

  it("counts across instances through Redis, and in-process in embedded mode", async () => {
    const instances = [new RedisStore(process.env.REDIS_URL!, process.env.REDIS_KEY_PREFIX), new RedisStore(process.env.REDIS_URL!, process.env.REDIS_KEY_PREFIX)];
    const now = Date.now() - (Date.now() % 60_000) + 1_000;
    const subject = `token:shared-${crypto.randomUUID()}`;
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await consumeRateLimit(instances[i % 2]!, "default", subject, now));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    await Promise.all(instances.map((store) => store.close()));

    const embedded = new MemoryStore();
    const local = [];
    for (let i = 0; i < 4; i++) local.push(await consumeRateLimit(embedded, "default", subject, now));
    expect(local.map((d) => d.remaining)).toEqual([2, 1, 0, 0]);
  });
});
