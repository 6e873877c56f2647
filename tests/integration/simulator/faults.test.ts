import { createOpenAI } from "@ai-sdk/openai";
import { APICallError, JSONParseError, generateText, streamText, type LanguageModel } from "ai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { faults, type Fault } from "@/tests/simulator/faults";
import { startSimulator, type Simulator } from "@/tests/simulator/server";

let sim: Simulator;
let openai: ReturnType<typeof createOpenAI>;

beforeAll(async () => {
  sim = await startSimulator({ script: () => ({ text: "alpha beta gamma delta epsilon zeta eta theta", tokensPerSecond: 400 }) });
  openai = createOpenAI({ baseURL: sim.baseURL, apiKey: "test" });
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

async function callError(model: LanguageModel, options: { abortSignal?: AbortSignal } = {}): Promise<unknown> {
  return generateText({ model, prompt: "x", maxRetries: 0, ...options }).then(
    () => expect.unreachable("the call should have failed"),
    (error: unknown) => error,
  );
}

/** Drains a stream and returns the first error it surfaced, thrown or as an error part. */
async function streamError(model: LanguageModel): Promise<unknown> {
  const result = streamText({ model, prompt: "x", maxRetries: 0, onError: () => {} });
  try {
    for await (const part of result.fullStream) if (part.type === "error") return part.error;
  } catch (error) {
    return error;
  }
  return undefined;
}

const models: Array<[string, () => LanguageModel]> = [
  ["chat", () => openai.chat("gpt-4o-mini")],
  ["responses", () => openai("gpt-5-mini")],
];

describe.each(models)("faults over %s", (_name, model) => {
  it("answers 429 with a Retry-After header the provider exposes", async () => {
    sim.queueFaults(faults.rateLimited(7));
    const error = await callError(model());

    expect(APICallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 429, isRetryable: true, responseHeaders: { "retry-after": "7" } });
  });

  it.each<[Fault, number, boolean]>([
    [faults.serverError(), 500, true],
    [faults.unavailable(), 503, true],
    [faults.badRequest(), 400, false],
    [faults.unauthorized(), 401, false],
  ])("answers %j with status %i (retryable: %s)", async (fault, statusCode, isRetryable) => {
    sim.queueFaults(fault);

    expect(await callError(model())).toMatchObject({ statusCode, isRetryable });
  });

  it("surfaces a stream cut after two deltas as an error", async () => {
    sim.queueFaults(faults.drop(2));

    expect(APICallError.isInstance(await streamError(model()))).toBe(true);
    expect(sim.stats().byOutcome).toEqual({ drop: 1 });
  });

  it("surfaces a non-streaming body cut in half as an error", async () => {
    sim.queueFaults(faults.drop());

    expect(APICallError.isInstance(await callError(model()))).toBe(true);
  });

  it("surfaces a malformed JSON body and a broken SSE frame as errors", async () => {
    sim.queueFaults(faults.malformed(), faults.malformed());

    expect(await callError(model())).toMatchObject({ message: "Invalid JSON response" });
    const broken = await streamError(model());
    expect(JSONParseError.isInstance(broken)).toBe(true);
    expect(broken).toMatchObject({ message: expect.stringMatching(/JSON parsing failed/) });
  });

  it("lets the client abort a request that hangs", async () => {
    // A hang never ends by itself: the call settling at all is the abort's doing.
    sim.queueFaults(faults.hang());
    const error = await callError(model(), { abortSignal: AbortSignal.timeout(150) });

    expect(error).toMatchObject({ name: expect.stringMatching(/AbortError|TimeoutError/) });
    await expect.poll(() => sim.stats().inFlight, { timeout: 30_000 }).toBe(0);
    expect(sim.stats().byOutcome).toEqual({ hang: 1 });
  });
});

describe("fault plans", () => {
  it("fails the first two attempts of a sequence, then answers", async () => {
    sim.queueFaults(faults.serverError(), faults.rateLimited(1));
    const outcomes: string[] = [];
    for (let i = 0; i < 3; i++) {
      outcomes.push(await generateText({ model: openai.chat("m"), prompt: "x", maxRetries: 0 }).then((r) => r.text, (e: APICallError) => String(e.statusCode)));
    }

    expect(outcomes).toEqual(["500", "429", "alpha beta gamma delta epsilon zeta eta theta"]);
    expect(sim.stats().total).toBe(3);
  });

  it("lets the AI SDK's own retries through, honouring retry-after-ms", async () => {
    sim.queueFaults({ kind: "http", status: 429, retryAfterMs: 20 }, { kind: "http", status: 429, retryAfterMs: 20 });
    const result = await generateText({ model: openai("m"), prompt: "x", maxRetries: 2 });

    expect(result.text).toContain("alpha");
    expect(sim.stats()).toMatchObject({ total: 3, byOutcome: { "429": 2, ok: 1 } });
  });

  it("fails every request during a fault window and none after it", async () => {
    sim.openFaultWindow({ fault: faults.unavailable(), durationMs: 300 });
    const during = await Promise.allSettled(Array.from({ length: 10 }, () => generateText({ model: openai.chat("m"), prompt: "x", maxRetries: 0 })));
    await new Promise((resolve) => setTimeout(resolve, 350));
    const after = await generateText({ model: openai.chat("m"), prompt: "x", maxRetries: 0 });

    expect(during.every((r) => r.status === "rejected")).toBe(true);
    expect(after.text).toContain("alpha");
    expect(sim.stats().byOutcome).toEqual({ "503": 10, ok: 1 });
  });

  it("fails an exact share of requests at a partial rate, only for the named models", async () => {
    sim.openFaultWindow({ fault: faults.serverError(), durationMs: 60_000, rate: 0.25, models: ["flaky"] });
    for (let i = 0; i < 8; i++) await generateText({ model: openai.chat("flaky"), prompt: "x", maxRetries: 0 }).catch(() => undefined);
    await generateText({ model: openai.chat("steady"), prompt: "x", maxRetries: 0 });

    expect(sim.stats().byOutcome).toEqual({ "500": 2, ok: 7 });
  });

  it("answers 401 when an API key is required and the request carries another", async () => {
    const guarded = await startSimulator({ apiKey: "right" });
    try {
      const wrong = createOpenAI({ baseURL: guarded.baseURL, apiKey: "wrong" });
      const right = createOpenAI({ baseURL: guarded.baseURL, apiKey: "right" });

      expect(await callError(wrong.chat("m"))).toMatchObject({ statusCode: 401 });
      expect((await generateText({ model: right.chat("m"), prompt: "x", maxRetries: 0 })).text).toContain("Simulated");
    } finally {
      await guarded.close();
    }
  });

  it("closes while a request hangs, cutting it", async () => {
    const doomed = await startSimulator();
    doomed.queueFaults(faults.hang());
    const pending = generateText({ model: createOpenAI({ baseURL: doomed.baseURL, apiKey: "t" }).chat("m"), prompt: "x", maxRetries: 0 });
    await expect.poll(() => doomed.stats().inFlight, { timeout: 30_000 }).toBe(1);
    const cut = expect(pending).rejects.toThrow();
    // A server's close waits for its open connections, and a hang never ends: resolving shows close cut it.
    await doomed.close();

    await cut;
  });
});
