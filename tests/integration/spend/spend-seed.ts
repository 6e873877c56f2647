import crypto from "node:crypto";
import type { Prisma, PrismaClient, RunStatus } from "@/lib/generated/prisma/client";
import { costMicros, DEFAULT_PRICES, priceFor } from "@/lib/gateway/pricing";

// Realistic spend data for tests and screenshots: runs of four agents, cache hits, retried attempts,
// escalations to a bigger model, failures, several API tokens and document types. Deterministic per seed.

export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SeedSpendOptions {
  tenantId: string;
  runs: number;
  /** Runs start evenly at random in [from, to). */
  from: Date;
  to: Date;
  seed?: number;
  tokenIds?: Array<string | null>;
}

export interface SeededRun {
  id: string;
  documentId: string;
  createdAt: Date;
  status: RunStatus;
  docType: string | null;
}

const AGENTS = [
  { agent: "classification", provider: "openai", model: "gpt-4.1-nano", input: [300, 900], output: [20, 60] },
  { agent: "extraction", provider: "openai", model: "gpt-4.1-mini", input: [1500, 6000], output: [200, 900] },
  { agent: "summarisation", provider: "openai", model: "gpt-4o-mini", input: [1200, 5000], output: [80, 300] },
  { agent: "validation", provider: "local", model: "local", input: [800, 3000], output: [30, 120] },
] as const;
const STATUSES: Array<[RunStatus, number]> = [["approved", 0.6], ["needs_review", 0.22], ["rejected", 0.05], ["failed", 0.05], ["waiting_for_answer", 0.05], ["running", 0.03]];
const DOC_TYPES: Array<[string | null, number]> = [["invoice", 0.5], ["receipt", 0.35], ["generic", 0.12], [null, 0.03]];

function pick<T>(rand: () => number, table: Array<[T, number]>): T {
  let r = rand();
  for (const [value, weight] of table) if ((r -= weight) < 0) return value;
  return table[table.length - 1]![0];
}

const between = (rand: () => number, [lo, hi]: readonly [number, number]) => Math.round(lo + rand() * (hi - lo));

export async function seedSpend(db: PrismaClient, options: SeedSpendOptions): Promise<SeededRun[]> {
  const rand = prng(options.seed ?? 7);
  const tokens = options.tokenIds ?? [null];
  const span = options.to.getTime() - options.from.getTime();
  const documents: Prisma.DocumentCreateManyInput[] = [];
  const runs: Prisma.RunCreateManyInput[] = [];
  const calls: Prisma.ModelCallCreateManyInput[] = [];
  const seeded: SeededRun[] = [];
  const batch = crypto.randomBytes(4).toString("hex");

  for (let i = 0; i < options.runs; i++) {
    const createdAt = new Date(options.from.getTime() + Math.floor(rand() * span));
    const apiTokenId = tokens[Math.floor(rand() * tokens.length)] ?? null;
    const status = pick(rand, STATUSES);
    const docType = pick(rand, DOC_TYPES);
    const runId = `seed-${batch}-r${i}`;
    const documentId = `seed-${batch}-d${i}`;
    let spent = 0;
    let offset = 50;
    for (const spec of AGENTS) {
      const escalated = spec.agent === "extraction" && rand() < 0.1;
      const model = escalated ? "gpt-4.1" : spec.model;
      const cacheHit = rand() < 0.2;
      const retried = !cacheHit && spec.provider === "openai" && rand() < 0.06;
      const base = { runId, tenantId: options.tenantId, apiTokenId, agent: spec.agent, provider: spec.provider, model };
      if (retried) {
        offset += between(rand, [200, 1500]);
        calls.push({ ...base, attempt: 1, latencyMs: 900, errorClass: "rate_limited", errorMessage: "429 Too Many Requests", breakerState: "closed", createdAt: new Date(createdAt.getTime() + offset) });
      }
      const inputTokens = between(rand, spec.input);
      const outputTokens = between(rand, spec.output);
      const latencyMs = cacheHit ? between(rand, [1, 4]) : between(rand, [300, 4000]);
      offset += latencyMs;
      const cost = cacheHit ? 0 : costMicros({ input: inputTokens, cachedInput: 0, output: outputTokens }, priceFor(spec.provider, model, DEFAULT_PRICES).price);
      spent += cost;
      calls.push({
        ...base,
        attempt: retried ? 2 : 1,
        inputTokens,
        outputTokens,
        costMicros: cost,
        latencyMs,
        cacheHit,
        breakerState: "closed",
        createdAt: new Date(createdAt.getTime() + offset),
      });
    }
    const finished = !["running", "waiting_for_answer"].includes(status);
    documents.push({ id: documentId, tenantId: options.tenantId, apiTokenId, filename: `doc-${i}.pdf`, mime: "application/pdf", size: 1000, sha256: `${batch}-${i}`, bytes: Buffer.from("x"), status: "approved", docType, createdAt });
    runs.push({
      id: runId,
      documentId,
      tenantId: options.tenantId,
      apiTokenId,
      status,
      docType,
      decision: status === "approved" ? "auto_approved" : status === "needs_review" || status === "waiting_for_answer" ? status : null,
      confidence: Math.round(rand() * 1000) / 1000,
      budgetCapMicros: 250_000,
      spentMicros: spent,
      createdAt,
      startedAt: createdAt,
      finishedAt: finished ? new Date(createdAt.getTime() + offset + 20) : null,
    });
    seeded.push({ id: runId, documentId, createdAt, status, docType });
  }
  for (let i = 0; i < documents.length; i += 2000) await db.document.createMany({ data: documents.slice(i, i + 2000) });
  for (let i = 0; i < runs.length; i += 2000) await db.run.createMany({ data: runs.slice(i, i + 2000) });
  for (let i = 0; i < calls.length; i += 5000) await db.modelCall.createMany({ data: calls.slice(i, i + 5000) });
  return seeded;
}
