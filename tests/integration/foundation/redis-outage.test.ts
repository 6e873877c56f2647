import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorBodySchema } from "@/lib/core/contract";
import { drainExecutions } from "@/lib/pipeline/run-registry";
import { RedisStore } from "@/lib/store/redis-store";
import type { Store } from "@/lib/store/store";
import { BASE_URL, call, dispatch } from "../../support/api-dispatch";
import { createDocumentWithRun, tokenFor } from "../../support/api-factories";
import { createTenantWithUsers } from "../../support/factories";
import { PrivateRedis } from "../../support/redis-server";

// Redis killed under traffic, on a private redis-server: every request must answer within 5 s
// (503 unavailable with Retry-After), open streams must end, and service must come back by itself.

const holder = globalThis as unknown as { sieveStore?: Store };
const BOUND_MS = 5_000;

let redis: PrivateRedis;
let saved: Store | undefined;
let secret: string;
let openRunId: string;

const upload = (n: number) => {
  const form = new FormData();
  form.set("file", new File([`OUTAGE MART ${n}\nDATE: 02/01/2019\nTOTAL RM ${n}.00\nREF ${crypto.randomUUID()}`], `receipt-${n}.txt`));
  return dispatch(new Request(`${BASE_URL}/api/v1/documents`, { method: "POST", headers: { authorization: `Bearer ${secret}` }, body: form }));
};
const stream = (runId: string, signal?: AbortSignal) =>
  dispatch(new Request(`${BASE_URL}/api/v1/runs/${runId}/stream`, { headers: { authorization: `Bearer ${secret}` }, signal }));

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - started };
}

async function expectUnavailable(response: Response) {
  expect(response.status).toBe(503);
  expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(errorBodySchema.parse(await response.json()).error.code).toBe("unavailable");
}

async function readToEnd(response: Response): Promise<string> {
  return new Response(response.body).text();
}

describe("Redis stopped mid-traffic", () => {
  beforeAll(async () => {
    redis = await PrivateRedis.start();
    saved = holder.sieveStore;
    holder.sieveStore = new RedisStore(redis.url, "outage:");
    const { tenant } = await createTenantWithUsers("outage");
    secret = await tokenFor(tenant.id, ["upload", "read"]);
    // A run that never rests (nobody executes it), so its stream stays open until something ends it.
    openRunId = (await createDocumentWithRun(tenant.id, { runStatus: "running", status: "processing" })).run.id;
  });

  afterAll(async () => {
    await drainExecutions(10_000);
    await holder.sieveStore?.close();
    holder.sieveStore = saved;
    await redis.kill();
  });

  it("answers uploads, readiness and streams with 503 within 5 s, ends open streams, and recovers once Redis is back", async () => {
    expect((await upload(1)).status).toBe(202);
    expect((await call("/api/v1/ready")).status).toBe(200);
    const open = await stream(openRunId);
    expect(open.status).toBe(200);
    const openBody = timed(() => readToEnd(open));

    await redis.kill();

    const answers = await Promise.all([
      timed(() => upload(2)),
      timed(() => upload(3)),
      timed(() => call("/api/v1/ready")),
      timed(() => stream(openRunId)),
    ]);
    for (const { ms } of answers) expect(ms).toBeLessThan(BOUND_MS);
    await expectUnavailable(answers[0]!.value);
    await expectUnavailable(answers[1]!.value);
    expect(answers[2]!.value.status).toBe(503);
    await expectUnavailable(answers[3]!.value);

    // The stream that was open when Redis died ends with an error part instead of hanging.
    const ended = await openBody;
    expect(ended.ms).toBeLessThan(BOUND_MS);
    expect(ended.value).toMatch(/"type":"error"/);

    await redis.resume();
    const recovered = await timed(async () => {
      for (let n = 4; ; n++) {
        const response = await upload(n);
        if (response.status === 202) return response;
        await new Promise((r) => setTimeout(r, 100));
      }
    });
    expect(recovered.ms).toBeLessThan(BOUND_MS);
    expect((await call("/api/v1/ready")).status).toBe(200);
    const again = await stream(openRunId, AbortSignal.timeout(500));
    expect(again.status).toBe(200);
  }, 60_000);
});
