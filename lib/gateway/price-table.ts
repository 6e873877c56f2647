import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { DEFAULT_PRICES, mergePrices, priceFor, type Price, type PriceMatch } from "@/lib/gateway/pricing";

// The admin-editable price table: ModelPrice rows over the defaults, kept in memory for a short
// while so pricing never adds a database round trip to a model call.

const CACHE_MS = 30_000;
let cached: { prices: Price[]; loadedAt: number } | null = null;
let loading: Promise<Price[]> | null = null;

async function load(): Promise<Price[]> {
  loading ??= db.modelPrice
    .findMany({ select: { provider: true, model: true, inputMicrosPerMTok: true, outputMicrosPerMTok: true, cachedInputMicrosPerMTok: true } })
    .then((rows) => {
      const prices = mergePrices(rows);
      cached = { prices, loadedAt: Date.now() };
      return prices;
    })
    .finally(() => {
      loading = null;
    });
  return loading;
}

/** The current table. A stale copy is served while a fresh one loads; the defaults if the database is down. */
export async function currentPrices(): Promise<Price[]> {
  if (!cached) {
    try {
      return await load();
    } catch (error) {
      log.error({ err: error }, "prices: could not load ModelPrice rows; using defaults");
      return [...DEFAULT_PRICES];
    }
  }
  if (Date.now() - cached.loadedAt > CACHE_MS) load().catch((error: unknown) => log.warn({ err: error }, "prices: refresh failed"));
  return cached.prices;
}

export async function lookupPrice(provider: string, model: string): Promise<PriceMatch> {
  return priceFor(provider, model, await currentPrices());
}

export const modelPriceInput = z.object({
  provider: z.string().trim().min(1).max(64),
  model: z.string().trim().min(1).max(200),
  inputMicrosPerMTok: z.number().int().nonnegative(),
  outputMicrosPerMTok: z.number().int().nonnegative(),
  cachedInputMicrosPerMTok: z.number().int().nonnegative().nullable().optional(),
});
export type ModelPriceInput = z.infer<typeof modelPriceInput>;

/** Sets (or replaces) one model's price; this instance uses it at once, others within the cache window. */
export async function upsertModelPrice(input: ModelPriceInput, actorId: string | null) {
  const data = modelPriceInput.parse(input);
  const row = await db.modelPrice.upsert({
    where: { model: data.model },
    create: { ...data, cachedInputMicrosPerMTok: data.cachedInputMicrosPerMTok ?? null, updatedById: actorId },
    update: { ...data, cachedInputMicrosPerMTok: data.cachedInputMicrosPerMTok ?? null, updatedById: actorId },
  });
  cached = null;
  return row;
}

/** Removes an override so the model falls back to its default price. */
export async function deleteModelPrice(model: string): Promise<void> {
  await db.modelPrice.deleteMany({ where: { model } });
  cached = null;
}

/** Every price in force, marking which are admin overrides and which are defaults. */
export async function listModelPrices(): Promise<Array<Price & { source: "admin" | "default" }>> {
  const rows = await db.modelPrice.findMany({ orderBy: { model: "asc" } });
  const overridden = new Set(rows.map((r) => r.model));
  return mergePrices(rows).map((p) => ({ ...p, source: overridden.has(p.model) ? ("admin" as const) : ("default" as const) }));
}
