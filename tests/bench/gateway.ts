// The model gateway benchmark: npm run bench:gateway [-- --storm-seconds 30 --calls 1000 --runs 1000]
// Real Redis and a throwaway PostgreSQL database; the OpenAI-compatible simulator in its own process.
// Prints readable figures, then one JSON line.
import { parseArgs } from "node:util";
import { createOpenAI } from "@ai-sdk/openai";
import { generateText } from "ai";
import { createThrowawayDatabase, deleteRedisKeys, TEST_REDIS_URL, uniquePrefix } from "@/tests/support/services";
import { inLanes, percentile, round, startRemoteSimulator, timed } from "./gateway-support";

const { values } = parseArgs({
  options: {
    "storm-seconds": { type: "string", default: "30" },
    calls: { type: "string", default: "1000" },
    runs: { type: "string", default: "1000" },
  },
});
const STORM_MS = Number(values["storm-seconds"]) * 1000;
const CALLS = Number(values.calls);
const RUNS = Number(values.runs);
const STORM_WORKERS = 50;
const AGENTS = ["extraction", "classification", "summarisation", "validation", "extraction"] as const;

const database = await createThrowawayDatabase("bench");
const redisPrefix = uniquePrefix("bench");
Object.assign(process.env, { DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: redisPrefix, LOG_LEVEL: "silent" });

// Imported after the environment points at the throwaway services.
const { db, closeDatabase } = await import("@/lib/db");
const { closeStore } = await import("@/lib/store/get-store");
const { createGateway } = await import("@/lib/gateway/gateway");
const { flushCallRecords } = await import("@/lib/gateway/call-recorder");
const { worstCaseInputTokens } = await import("@/lib/gateway/budget-math");
const { costMicros, DEFAULT_PRICES, priceFor } = await import("@/lib/gateway/pricing");

const sim = await startRemoteSimulator();
const openai = createOpenAI({ baseURL: sim.baseURL, apiKey: "bench" });
const target = (modelId: string) => ({ provider: "openai" as const, modelId, model: openai.chat(modelId) });
const gateway = createGateway();
const salt = Math.random().toString(36).slice(2, 8);

let batches = 0;

async function newRuns(count: number, budgetCapMicros: number) {
  const batch = ++batches;
  const tenant = await db.tenant.create({ data: { name: `bench ${salt}` } });
  const document = await db.document.create({ data: { tenantId: tenant.id, filename: "bench.txt", mime: "text/plain", size: 1, sha256: `bench-${salt}-${batch}`, bytes: Buffer.from("x") } });
  const ids = Array.from({ length: count }, (_, i) => `bench-${salt}-${batch}-${i}`);
  await db.run.createMany({ data: ids.map((id) => ({ id, documentId: document.id, tenantId: tenant.id, budgetCapMicros })) });
  return { tenantId: tenant.id, ids };
}

/**
 * Gateway overhead on the miss path: each gateway call is paired with its direct twin (same prompt
 * shape, back to back, order alternating) and the overhead is the difference within each pair, so
 * a slow moment of the machine lands on both halves instead of skewing one percentile. With
 * `lanes` > 1 that many pairs run at once (a busy process whose misses share the Redis connection).
 */
async function overhead(lanes: number) {
  const { tenantId, ids } = await newRuns(1, 1_000_000_000);
  const ctx = { agent: "extraction" as const, runId: ids[0], tenantId, budgetCapMicros: 1_000_000_000 };
  const direct = target("gpt-4.1-mini");
  const call = (via: "direct" | "gateway", i: number) =>
    generateText({ model: via === "direct" ? direct.model : gateway.model([direct], ctx), prompt: `Invoice ${salt} ${lanes} ${via} ${i}: what is the total?`, maxRetries: 0 });
  for (let i = 0; i < 100; i++) await Promise.all([call("direct", -i - 1), call("gateway", -i - 1)]);
  const directMs: number[] = [];
  const gatewayMs: number[] = [];
  const pairedOverheadMs: number[] = [];
  const lane = async (first: number) => {
    for (let i = first; i < CALLS; i += lanes) {
      // Alternate which goes first so neither always meets a warmer connection.
      let direct = 0;
      if (i % 2) direct = await timed(() => call("direct", i));
      const viaGateway = await timed(() => call("gateway", i));
      if (!(i % 2)) direct = await timed(() => call("direct", i));
      directMs.push(direct);
      gatewayMs.push(viaGateway);
      pairedOverheadMs.push(viaGateway - direct);
    }
  };
  await Promise.all(Array.from({ length: lanes }, (_, first) => lane(first)));
  return { directMs, gatewayMs, pairedOverheadMs };
}

/** A cache hit as an agent sees it: the whole generateText call. */
async function cacheHits() {
  const model = gateway.model([target("gpt-4.1-mini")], { agent: "classification" as const });
  const prompt = `Cached question ${salt}`;
  await generateText({ model, prompt, maxRetries: 0 });
  const hitMs: number[] = [];
  for (let i = 0; i < CALLS; i++) hitMs.push(await timed(() => generateText({ model, prompt, maxRetries: 0 })));
  return hitMs;
}

/**
 * Retry storm: the simulator fails every request while 50 workers each start a logical call, wait
 * for it, and start the next one a second after the previous started (or at once if it took longer).
 * The gateway and a plain AI SDK call (default retries) run side by side on different model ids.
 */
async function storm() {
  await sim.reset();
  // The window outlasts the storm so retries of calls started near its end fail too.
  await sim.openFaultWindow({ fault: { kind: "http", status: 500 }, durationMs: STORM_MS + 10_000 });
  const deadline = Date.now() + STORM_MS;
  const gatewayModel = target("gpt-4.1");
  const plainModel = openai.chat("gpt-4o-mini");
  const counts = { gateway: 0, plain: 0, fastFailed: 0 };
  const worker = async (kind: "gateway" | "plain") => {
    while (Date.now() < deadline) {
      const started = Date.now();
      counts[kind]++;
      const model = kind === "gateway" ? gateway.model([gatewayModel], { agent: "summarisation" as const, cache: false }) : plainModel;
      await generateText({ model, prompt: `storm ${counts[kind]}`, ...(kind === "gateway" ? { maxRetries: 0 } : {}) }).catch((error: { code?: string }) => {
        if (error.code === "unavailable") counts.fastFailed++;
      });
      await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (Date.now() - started))));
    }
  };
  // The first wave: 50 calls at once against a closed breaker, so only the retry budget holds retries back.
  const firstWave = new Promise<number>((resolve) => setTimeout(() => void sim.stats().then((s) => resolve(s.byModel["gpt-4.1"] ?? 0)), 900));
  await Promise.all(Array.from({ length: STORM_WORKERS }, () => [worker("gateway"), worker("plain")]).flat());
  const stats = await sim.stats();
  const status = await gateway.breakers.status("openai:gpt-4.1");
  return { counts, upstream: { gateway: stats.byModel["gpt-4.1"] ?? 0, plain: stats.byModel["gpt-4o-mini"] ?? 0 }, firstWave: await firstWave, breaker: status.state };
}

/** 1,000 runs of five agents in parallel against a cap that holds two worst-case calls. */
async function budgetRace() {
  await sim.reset();
  const maxOutputTokens = 200;
  const prompts = AGENTS.map((agent, k) => `Agent ${agent} #${k}: read the invoice and report its total.`);
  const price = priceFor("openai", "gpt-4.1-mini", DEFAULT_PRICES).price;
  const worst = Math.max(...prompts.map((text) => costMicros({ input: worstCaseInputTokens({ prompt: [{ role: "user", content: [{ type: "text", text }] }] }), cachedInput: 0, output: maxOutputTokens }, price)));
  const cap = 2 * worst + 1;
  const { tenantId, ids } = await newRuns(RUNS, cap);
  const outcomes = { ok: 0, refused: 0, other: 0 };
  const model = target("gpt-4.1-mini");
  await inLanes(ids, 20, async (runId) => {
    await Promise.all(
      AGENTS.map((agent, k) =>
        generateText({ model: gateway.model([model], { agent, runId, tenantId, budgetCapMicros: cap, cache: false }), prompt: prompts[k]!, maxOutputTokens, maxRetries: 0 }).then(
          () => void outcomes.ok++,
          (error: { code?: string }) => void (error.code === "budget_exceeded" ? outcomes.refused++ : outcomes.other++),
        ),
      ),
    );
  });
  await flushCallRecords();
  const [row] = await db.$queryRaw<Array<{ overspend: bigint; spent: bigint; overRuns: bigint }>>`
    SELECT coalesce(sum(greatest(0, s.spent - r."budgetCapMicros")), 0)::bigint AS overspend, coalesce(sum(s.spent), 0)::bigint AS spent,
           count(*) FILTER (WHERE r."spentMicros" > r."budgetCapMicros")::bigint AS "overRuns"
    FROM "Run" r JOIN (SELECT "runId", sum("costMicros") AS spent FROM "ModelCall" WHERE "runId" = ANY(${ids}) GROUP BY "runId") s ON s."runId" = r.id`;
  return { cap, worst, outcomes, upstream: (await sim.stats()).total, overspend: Number(row!.overspend), spent: Number(row!.spent), overRuns: Number(row!.overRuns) };
}

try {
  console.log(`gateway benchmark: ${CALLS} calls per latency figure, ${STORM_MS / 1000} s storm × ${STORM_WORKERS} workers, ${RUNS} budget runs × ${AGENTS.length} agents`);

  const { directMs, gatewayMs, pairedOverheadMs } = await overhead(1);
  // Percentiles of the per-pair differences, not differences of percentiles.
  const overheadP50 = percentile(pairedOverheadMs, 0.5);
  const overheadP99 = percentile(pairedOverheadMs, 0.99);
  console.log(`\nmiss path (generateText, unique prompts, budget + breaker + cache + records on)`);
  console.log(`  direct  p50 ${round(percentile(directMs, 0.5))} ms  p99 ${round(percentile(directMs, 0.99))} ms`);
  console.log(`  gateway p50 ${round(percentile(gatewayMs, 0.5))} ms  p99 ${round(percentile(gatewayMs, 0.99))} ms`);
  console.log(`  overhead per pair (gateway − its direct twin) p50 ${round(overheadP50)} ms  p99 ${round(overheadP99)} ms   (goal ≤ 2 / ≤ 10)`);

  const busy = await overhead(20);
  const busyP50 = percentile(busy.pairedOverheadMs, 0.5);
  console.log(`\nmiss path at concurrency 20 (20 pairs in flight at once)`);
  console.log(`  direct  p50 ${round(percentile(busy.directMs, 0.5))} ms   gateway p50 ${round(percentile(busy.gatewayMs, 0.5))} ms`);
  console.log(`  overhead per pair p50 ${round(busyP50)} ms  p99 ${round(percentile(busy.pairedOverheadMs, 0.99))} ms   (goal p50 ≤ 5)`);

  const hitMs = await cacheHits();
  console.log(`\ncache hit (whole generateText call)\n  p50 ${round(percentile(hitMs, 0.5))} ms  p99 ${round(percentile(hitMs, 0.99))} ms`);

  const stormResult = await storm();
  const amplification = stormResult.upstream.gateway / stormResult.counts.gateway;
  const naiveAmplification = stormResult.upstream.plain / stormResult.counts.plain;
  console.log(`\nretry storm (100% HTTP 500 for ${STORM_MS / 1000} s, ${STORM_WORKERS} workers, ≤ 1 logical call per worker per second)`);
  console.log(`  gateway: ${stormResult.upstream.gateway} upstream / ${stormResult.counts.gateway} logical = ${round(amplification, 3)} (fast-failed by the open breaker: ${stormResult.counts.fastFailed}; breaker now ${stormResult.breaker})`);
  console.log(`  gateway, first wave only (the ${STORM_WORKERS} calls of the first second): ${stormResult.firstWave} upstream = ${round(stormResult.firstWave / STORM_WORKERS, 3)} per call`);
  console.log(`  plain AI SDK (maxRetries 2): ${stormResult.upstream.plain} upstream / ${stormResult.counts.plain} logical = ${round(naiveAmplification, 3)}`);

  const budget = await budgetRace();
  console.log(`\nbudget race (${RUNS} runs × ${AGENTS.length} parallel agents, cap ${budget.cap} µ$ = two worst-case calls of ${budget.worst} µ$)`);
  console.log(`  ${budget.outcomes.ok} answered, ${budget.outcomes.refused} refused (budget_exceeded), ${budget.outcomes.other} other errors; ${budget.upstream} upstream requests`);
  console.log(`  spent ${budget.spent} µ$ in total; runs over cap: ${budget.overRuns}; overspend ${budget.overspend} µ$`);

  console.log(
    JSON.stringify({
      overhead_p50_ms: round(overheadP50, 3),
      overhead_p99_ms: round(overheadP99, 3),
      overhead_c20_p50_ms: round(busyP50, 3),
      cache_hit_p50_ms: round(percentile(hitMs, 0.5), 3),
      cache_hit_p99_ms: round(percentile(hitMs, 0.99), 3),
      amplification: round(amplification, 3),
      naive_amplification: round(naiveAmplification, 3),
      overspend: budget.overspend,
    }),
  );
} finally {
  sim.close();
  await flushCallRecords();
  await Promise.all([closeStore(), closeDatabase()]);
  await database.drop();
  await deleteRedisKeys(redisPrefix);
}
