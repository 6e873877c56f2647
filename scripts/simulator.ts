// Runs the OpenAI-compatible simulator standalone, e.g. to point a dev server or a benchmark
// process at it:  npm run simulator -- --port 4010 --ttft 300 --tps 60 --model-latency gpt-5=5000:40
// Control it over HTTP: GET /__sim/stats, GET /__sim/requests, POST /__sim/reset,
// POST /__sim/faults {"queue":[Fault…]} | {"window":{"fault":…,"durationMs":…}} | {"clear":true}.
import { parseArgs } from "node:util";
import { defaultScript, type Latency, type Script } from "../tests/simulator/script";
import { startSimulator } from "../tests/simulator/server";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4010" },
    host: { type: "string", default: "127.0.0.1" },
    ttft: { type: "string", default: "0" },
    tps: { type: "string", default: "0" },
    "model-latency": { type: "string", multiple: true, default: [] },
    "api-key": { type: "string" },
  },
});

function number(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${flag} expects a non-negative number, got "${text}"`);
  return value;
}

// --model-latency <model>=<ttftMs>[:<tokensPerSecond>]
const perModel = new Map<string, Latency>(
  values["model-latency"].map((spec) => {
    const match = /^(.+)=(\d+)(?::(\d+))?$/.exec(spec);
    if (!match) throw new Error(`--model-latency expects model=ttftMs[:tokensPerSecond], got "${spec}"`);
    return [match[1]!, { ttftMs: Number(match[2]), tokensPerSecond: match[3] ? Number(match[3]) : undefined }];
  }),
);

const script: Script = async (request) => ({ ...(await defaultScript(request)), ...perModel.get(request.model) });

const sim = await startSimulator({
  port: number(values.port, "port"),
  host: values.host,
  script,
  defaults: { ttftMs: number(values.ttft, "ttft"), tokensPerSecond: number(values.tps, "tps") },
  apiKey: values["api-key"],
});
console.log(`OpenAI-compatible simulator listening: baseURL ${sim.baseURL}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void sim.close().then(() => {
      console.log(`simulator stopped after ${sim.stats().total} requests`);
      process.exit(0);
    });
  });
}
