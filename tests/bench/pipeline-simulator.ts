// The simulator for `npm run bench:pipeline`, in its own process: answers each agent's structured
// output request with values grounded in the document it was sent. Each agent's latency is the time
// to its answer's last token: the answer streams at --tokens-per-second, starting as late as needed.
//   tsx tests/bench/pipeline-simulator.ts --port 4011 --extraction 5000 --classification 3000 … --tokens-per-second 60
import { parseArgs } from "node:util";
import { answerText, type Script, type SimRequest } from "../simulator/script";
import { countTokens } from "../simulator/tokens";
import { startSimulator } from "../simulator/server";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "0" },
    extraction: { type: "string", default: "5000" },
    classification: { type: "string", default: "3000" },
    summarisation: { type: "string", default: "4000" },
    validation: { type: "string", default: "2000" },
    "tokens-per-second": { type: "string", default: "60" },
  },
});

const latency: Record<string, number> = {
  extraction: Number(values.extraction),
  classification: Number(values.classification),
  summary: Number(values.summarisation),
  validation: Number(values.validation),
};
const tokensPerSecond = Number(values["tokens-per-second"]);
if (!(tokensPerSecond > 0)) throw new Error("--tokens-per-second must be a positive number");

function documentOf(req: SimRequest): string {
  const open = req.userText.indexOf("<document>\n");
  const close = req.userText.lastIndexOf("\n</document>");
  return open < 0 || close < 0 ? req.userText : req.userText.slice(open + "<document>\n".length, close);
}

function field(text: string, name: string, value: string, printed: string) {
  const start = text.indexOf(printed);
  return { name, value, confidence: 0.99, source: start < 0 ? null : { start, end: start + printed.length } };
}

const answers: Record<string, (text: string) => unknown> = {
  extraction: (text) => {
    const company = text.split("\n")[0]!;
    const [, d, m, y] = /DATE: (\d\d)\/(\d\d)\/(\d{4})/.exec(text) ?? [];
    const total = /TOTAL RM ([\d.]+)/.exec(text)?.[1] ?? "0.00";
    return {
      fields: [field(text, "company", company, company), field(text, "date", `${y}-${m}-${d}`, `${d}/${m}/${y}`), field(text, "total", total, total)],
    };
  },
  classification: () => ({ docType: "receipt", confidence: 0.98, routingTarget: "expenses", rationale: "A shop receipt." }),
  summary: (text) => ({ summary: `Receipt from ${text.split("\n")[0]}.`, confidence: 0.9, keySpans: [] }),
  validation: () => ({ findings: [], confidence: 0.95 }),
};

const script: Script = (req) => {
  const name = (req.body.response_format as { json_schema?: { name?: string } } | undefined)?.json_schema?.name ?? "";
  const answer = answers[name];
  if (!answer) return { fault: { kind: "http", status: 400 } };
  // Streamed token by token at the configured rate, finishing at the agent's latency.
  const json = answer(documentOf(req));
  const generationMs = ((countTokens(answerText({ json })) - 1) * 1000) / tokensPerSecond;
  return { json, ttftMs: Math.max(0, latency[name]! - generationMs), tokensPerSecond };
};

const sim = await startSimulator({ port: Number(values.port), script, keepRequests: 5_000 });
console.log(`pipeline simulator listening: baseURL ${sim.baseURL}`);
process.once("SIGTERM", () => void sim.close().then(() => process.exit(0)));
