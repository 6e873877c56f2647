import crypto from "node:crypto";
import { createOpenAI } from "@ai-sdk/openai";
import { inject } from "vitest";
import { db } from "@/lib/db";
import type { ModelTarget } from "@/lib/gateway/call-context";
import type { GatewayOverrides } from "@/lib/gateway/config";
import { RedisStore } from "@/lib/store/redis-store";
import type { Simulator } from "@/tests/simulator/server";

// Shared set-up for the gateway's integration tests: real Redis (a fresh key prefix per test, so
// breakers and budgets start clean), the real database, and the simulator as the only model.

/** Fast timings so retries, timeouts and breaker windows play out in milliseconds. */
export const fastConfig: GatewayOverrides = {
  timeoutMs: 1_000,
  retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 40, maxRetryAfterMs: 5_000 },
  breaker: { windowMs: 10_000, buckets: 5, minCalls: 4, failureRate: 0.5, openMs: 300, probesToClose: 2, retryRatio: 0.1, minRetries: 3 },
};

const stores: RedisStore[] = [];

export function freshStore(): RedisStore {
  return freshStores(1)[0]!;
}

/** Connections to one fresh key space, as separate instances of Sieve would hold. */
export function freshStores(count: number): RedisStore[] {
  const prefix = `${inject("redisPrefix")}gw-${crypto.randomBytes(4).toString("hex")}:`;
  const made = Array.from({ length: count }, () => new RedisStore(inject("redisUrl"), prefix));
  stores.push(...made);
  return made;
}

export async function closeStores(): Promise<void> {
  await Promise.all(stores.splice(0).map((s) => s.close()));
}

export function simTarget(sim: Simulator, modelId = "gpt-4.1-mini", api: "chat" | "responses" = "chat"): ModelTarget {
  const openai = createOpenAI({ baseURL: sim.baseURL, apiKey: "test" });
  return { provider: "openai", modelId, model: api === "chat" ? openai.chat(modelId) : openai.responses(modelId) };
}

/** A tenant, a document and a run with the given cap, as the pipeline would create them. */
export async function createRun(budgetCapMicros: number) {
  const suffix = crypto.randomBytes(6).toString("hex");
  const tenant = await db.tenant.create({ data: { name: `Gateway ${suffix}` } });
  const bytes = Buffer.from(`invoice ${suffix}`);
  const document = await db.document.create({
    data: { tenantId: tenant.id, filename: "invoice.txt", mime: "text/plain", size: bytes.length, sha256: crypto.createHash("sha256").update(bytes).digest("hex"), bytes },
  });
  const run = await db.run.create({ data: { documentId: document.id, tenantId: tenant.id, budgetCapMicros } });
  return { tenant, document, run };
}

export const unique = (label: string) => `${label} ${crypto.randomUUID()}`;
