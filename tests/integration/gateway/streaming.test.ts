import { streamText } from "ai";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { flushCallRecords } from "@/lib/gateway/call-recorder";
import { createGateway, type Gateway } from "@/lib/gateway/gateway";
import { startSimulator, type Simulator } from "@/tests/simulator/server";
import { countTokens } from "@/tests/simulator/tokens";
import { closeStores, createRun, fastConfig, freshStore, simTarget, unique } from "./gateway-fixture";

// How a streamed answer reaches the caller through the gateway: as the model sends it, with
// tokens that arrived together handed on together (each part costs the caller the same work).

const ANSWER = Array.from({ length: 40 }, (_, i) => `word${i}`).join(" ");

let sim: Simulator;
let gateway: Gateway;
let runId: string;

beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim.close();
  await closeStores();
});
beforeEach(async () => {
  sim.reset();
  gateway = createGateway({ store: freshStore(), config: fastConfig });
  runId = (await createRun(1_000_000)).run.id;
});
afterEach(() => flushCallRecords());

const model = () => gateway.model([simTarget(sim)], { agent: "extraction", runId, budgetCapMicros: 1_000_000 });

/** Each delta with whether the simulator was still sending the answer when it reached the caller. */
async function deltasOf(prompt: string) {
  const deltas: Array<{ text: string; upstreamOpen: boolean }> = [];
  for await (const text of streamText({ model: model(), prompt, maxRetries: 0 }).textStream) deltas.push({ text, upstreamOpen: sim.stats().inFlight > 0 });
  return deltas;
}

describe("streamed answers", () => {
  it("hands tokens that arrived together on as one delta, and replays the cached answer token by token", async () => {
    sim.setScript(() => ({ text: ANSWER, tokensPerSecond: 0 }));
    const prompt = unique("burst");
    const burst = await deltasOf(prompt);
    expect(burst.map((d) => d.text).join("")).toBe(ANSWER);
    expect(burst.length).toBeLessThan(countTokens(ANSWER) / 4);

    const replayed = await deltasOf(prompt);
    expect(replayed.map((d) => d.text).join("")).toBe(ANSWER);
    expect(replayed.length).toBeGreaterThanOrEqual(countTokens(ANSWER));
    expect(sim.stats().total).toBe(1);
  });

  it("still passes tokens on as they come when the model writes them one by one", async () => {
    sim.setScript(() => ({ text: ANSWER, tokensPerSecond: 80 }));
    const deltas = await deltasOf(unique("paced"));
    expect(deltas.map((d) => d.text).join("")).toBe(ANSWER);
    // Judged by events, not clocks: the first token reached the caller while the model was still
    // writing (a gateway that buffered the answer and replayed it would hand nothing on before the end).
    expect(deltas[0]!.upstreamOpen).toBe(true);
    expect(deltas.length).toBeGreaterThan(10);
  });
});
