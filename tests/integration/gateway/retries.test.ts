import { generateText, streamText } from "ai";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/core/errors";
import { db } from "@/lib/db";
import { flushCallRecords } from "@/lib/gateway/call-recorder";
import { createGateway, type Gateway } from "@/lib/gateway/gateway";
import { faults } from "@/tests/simulator/faults";
import { startSimulator, type Simulator } from "@/tests/simulator/server";
import { closeStores, createRun, fastConfig, freshStore, simTarget, unique } from "./gateway-fixture";

let sim: Simulator;
let gateway: Gateway;
let runId: string;

beforeAll(async () => {
  sim = await startSimulator({ script: () => ({ text: "fine answer here" }) });
});
afterAll(async () => {
  await sim.close();
  await closeStores();
});
beforeEach(async () => {
  sim.reset();
  sim.setScript(() => ({ text: "fine answer here" }));
  gateway = createGateway({ store: freshStore(), config: fastConfig });
  runId = (await createRun(1_000_000)).run.id;
});
afterEach(() => flushCallRecords());

const model = () => gateway.model([simTarget(sim)], { agent: "extraction", runId, budgetCapMicros: 1_000_000 });
const call = (options: { maxRetries?: number; abortSignal?: AbortSignal } = {}) => generateText({ model: model(), prompt: unique("q"), maxRetries: 0, ...options });
const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable("the call should fail"), (error: unknown) => error);

async function attempts() {
  await flushCallRecords();
  return db.modelCall.findMany({ where: { runId }, orderBy: [{ createdAt: "asc" }, { attempt: "asc" }] });
}

describe("retries", () => {
  it("retries a 500 and succeeds, recording both attempts", async () => {
    sim.queueFaults(faults.serverError());
    const result = await call();

    expect(result.text).toBe("fine answer here");
    expect(sim.stats().total).toBe(2);
    expect(result.providerMetadata?.sieve).toMatchObject({ attempts: 2 });
    expect((await attempts()).map((r) => [r.attempt, r.errorClass])).toEqual([[1, "server_error"], [2, null]]);
  });

  it.each([
    ["malformed body", faults.malformed()],
    ["connection cut mid-body", faults.drop()],
    ["503", faults.unavailable()],
  ])("retries a %s", async (_name, fault) => {
    sim.queueFaults(fault);
    expect((await call()).text).toBe("fine answer here");
    expect(sim.stats().total).toBe(2);
  });

  it("stops at the attempt cap with upstream_failed", async () => {
    sim.queueFaults(faults.serverError(), faults.serverError(), faults.serverError(), faults.serverError());
    const error = await failure(call());

    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "upstream_failed", status: 502, details: { attempts: 3, errorClass: "server_error", status: 500 } });
    expect(sim.stats().total).toBe(3);
  });

  it.each([
    ["400", faults.badRequest(), 400],
    ["401", faults.unauthorized(), 401],
    ["422", { kind: "http" as const, status: 422 }, 422],
    ["403", { kind: "http" as const, status: 403 }, 403],
  ])("never retries a %s", async (_name, fault, status) => {
    sim.queueFaults(fault);
    const error = await failure(call());

    expect(error).toMatchObject({ code: "upstream_failed", details: { attempts: 1, errorClass: "client_error", status } });
    expect(sim.stats().total).toBe(1);
  });

  it("does not multiply attempts even when the AI SDK's own retries are left on", async () => {
    sim.queueFaults(...Array.from({ length: 9 }, () => faults.serverError()));
    await failure(call({ maxRetries: 2 }));

    expect(sim.stats().total).toBe(3);
  });

  it("waits as long as Retry-After asks before retrying a 429", async () => {
    sim.queueFaults({ kind: "http", status: 429, retryAfterMs: 400 });
    await call();

    // The retry reaches the provider no sooner than asked after the refused request (a lower bound: load only adds to it).
    const [refused, retried] = sim.requests();
    expect(retried!.receivedAt - refused!.receivedAt).toBeGreaterThanOrEqual(400);
    expect(sim.stats().byOutcome).toEqual({ "429": 1, ok: 1 });
  });

  it("gives up on a 429 whose Retry-After is beyond the maximum wait", async () => {
    // An hour: a gateway that waited any of it would outlast the test, so settling at all shows it gave up.
    sim.queueFaults(faults.rateLimited(3_600));
    const error = await failure(call());

    expect(error).toMatchObject({ code: "upstream_failed", details: { errorClass: "rate_limited", attempts: 1, status: 429 } });
    expect(sim.stats()).toMatchObject({ total: 1, byOutcome: { "429": 1 } });
    expect((await attempts()).map((r) => r.errorClass)).toEqual(["rate_limited"]);
  });
});

describe("timeouts and aborts", () => {
  it("times an attempt out and retries it", async () => {
    sim.queueFaults(faults.hang());
    const started = Date.now();
    const result = await call();

    expect(result.text).toBe("fine answer here");
    expect(Date.now() - started).toBeGreaterThanOrEqual(fastConfig.timeoutMs!);
    expect((await attempts()).map((r) => r.errorClass)).toEqual(["timeout", null]);
  });

  it("propagates the client's abort upstream at once and does not retry", async () => {
    // Attempts that may take an hour: only the client's abort can end this call, and only closing the upstream request frees the provider.
    const patient = createGateway({ store: freshStore(), config: { ...fastConfig, timeoutMs: 3_600_000 } });
    sim.queueFaults(faults.hang(), faults.hang());
    const controller = new AbortController();
    const pending = failure(
      generateText({ model: patient.model([simTarget(sim)], { agent: "extraction", runId, budgetCapMicros: 1_000_000 }), prompt: unique("q"), maxRetries: 0, abortSignal: controller.signal }),
    );
    await expect.poll(() => sim.stats().inFlight, { timeout: 30_000 }).toBe(1);
    controller.abort();
    const error = await pending;

    expect((error as Error).name).toBe("AbortError");
    await expect.poll(() => sim.stats().inFlight, { timeout: 30_000 }).toBe(0);
    expect(sim.stats()).toMatchObject({ total: 1, byOutcome: { hang: 1 } });
    expect((await attempts()).map((r) => r.errorClass)).toEqual(["aborted"]);
  });
});

describe("streams", () => {
  it("retries a stream that fails before its first token", async () => {
    sim.queueFaults(faults.rateLimited(0), faults.malformed());
    const result = streamText({ model: model(), prompt: unique("s"), maxRetries: 0 });

    expect(await result.text).toBe("fine answer here");
    expect(sim.stats().total).toBe(3);
  });

  it("retries a stream whose first token does not come in time", async () => {
    sim.queueFaults(faults.hang());
    const result = streamText({ model: model(), prompt: unique("s"), maxRetries: 0 });

    expect(await result.text).toBe("fine answer here");
    expect((await attempts()).map((r) => [r.streamed, r.errorClass])).toEqual([[true, "timeout"], [true, null]]);
  });

  it("reports a stream cut after output started as an error, without retrying", async () => {
    sim.setScript(() => ({ text: "one two three four five six", tokensPerSecond: 200 }));
    sim.queueFaults(faults.drop(3));
    const errors: unknown[] = [];
    const result = streamText({ model: model(), prompt: unique("s"), maxRetries: 0, onError: ({ error }) => void errors.push(error) });
    const text = await Promise.resolve(result.text).catch(() => "");

    expect(sim.stats().total).toBe(1);
    expect(text).not.toBe("one two three four five six");
    expect(errors[0]).toMatchObject({ code: "upstream_failed", details: { errorClass: "connection" } });
    expect((await attempts()).map((r) => r.errorClass)).toEqual(["connection"]);
  });

  it("stops the upstream stream when the client disconnects", async () => {
    sim.setScript(() => ({ text: Array.from({ length: 200 }, (_, i) => `w${i}`).join(" "), tokensPerSecond: 100 }));
    const controller = new AbortController();
    const result = streamText({ model: model(), prompt: unique("s"), maxRetries: 0, abortSignal: controller.signal, onError: () => undefined });
    let seen = 0;
    for await (const _ of result.textStream) if (++seen === 5) controller.abort();
    await expect.poll(() => sim.stats().inFlight, { timeout: 30_000 }).toBe(0);

    expect(sim.stats()).toMatchObject({ total: 1, byOutcome: { aborted: 1 } });
    expect((await attempts()).map((r) => r.errorClass)).toEqual(["aborted"]);
  });
});
