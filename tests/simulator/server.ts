import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { errorBody, FaultPlan, type Fault, type FaultWindow } from "./faults";
import { handleModelRequest, sendJson, type HandlerContext } from "./handle-request";
import { Recorder, type RecordedRequest, type SimulatorStats } from "./recorder";
import { defaultScript, type Latency, type Script } from "./script";

export interface SimulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  script?: Script;
  /** Latency for answers whose script sets none. */
  defaults?: Latency;
  /** When set, requests without `Authorization: Bearer <apiKey>` get 401. */
  apiKey?: string;
  /** How many recent request bodies to keep (default 200). */
  keepRequests?: number;
}

export interface Simulator {
  /** e.g. http://127.0.0.1:41234/v1 — pass as createOpenAI({ baseURL }). */
  baseURL: string;
  port: number;
  setScript(script: Script): void;
  /** The next requests fail with these faults, one each, in order (then the script answers again). */
  queueFaults(...list: Fault[]): void;
  /** Fail a share of requests for a while, e.g. { fault: faults.serverError(), durationMs: 30_000 }. */
  openFaultWindow(window: FaultWindow): void;
  clearFaults(): void;
  stats(): SimulatorStats;
  /** The last `keepRequests` requests, oldest first. */
  requests(): RecordedRequest[];
  /** Zeroes counters and forgets requests and faults; keeps the script. */
  reset(): void;
  /** Stops listening and destroys open connections, hung ones included. */
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 20 * 1024 * 1024;

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error("request body too large");
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  let script = options.script ?? defaultScript;
  const plan = new FaultPlan();
  const recorder = new Recorder(options.keepRequests ?? 200);
  const ctx: HandlerContext = { script: () => script, plan, recorder, defaults: options.defaults ?? {}, apiKey: options.apiKey };

  const simulator = {
    setScript: (next: Script) => void (script = next),
    queueFaults: (...list: Fault[]) => plan.enqueue(list),
    openFaultWindow: (window: FaultWindow) => plan.openWindow(window),
    clearFaults: () => plan.clear(),
    stats: () => recorder.stats(),
    requests: () => recorder.requests(),
    reset: () => {
      recorder.reset();
      plan.clear();
    },
  };

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (req.method === "GET" && path === "/__sim/stats") return sendJson(res, 200, recorder.stats());
    if (req.method === "GET" && path === "/__sim/requests") return sendJson(res, 200, recorder.requests());
    if (req.method !== "POST") return sendJson(res, 404, errorBody(404, `No route ${req.method} ${path}`));

    let body: unknown;
    try {
      body = await readJson(req);
    } catch (error) {
      return sendJson(res, 400, errorBody(400, `Invalid JSON body: ${String(error)}`));
    }
    if (!isRecord(body)) return sendJson(res, 400, errorBody(400, "Body must be a JSON object"));

    if (path === "/v1/chat/completions") return handleModelRequest("chat", req, res, body, ctx);
    if (path === "/v1/responses") return handleModelRequest("responses", req, res, body, ctx);
    // Control routes for a simulator running in another process (scripts/simulator.ts).
    if (path === "/__sim/reset") {
      simulator.reset();
      return sendJson(res, 200, { ok: true });
    }
    if (path === "/__sim/faults") {
      if (body.clear === true) plan.clear();
      if (Array.isArray(body.queue)) plan.enqueue(body.queue as Fault[]);
      if (isRecord(body.window)) plan.openWindow(body.window as unknown as FaultWindow);
      return sendJson(res, 200, { ok: true });
    }
    return sendJson(res, 404, errorBody(404, `No route POST ${path}`));
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, errorBody(500, `Simulator failed: ${String(error)}`));
      else res.destroy();
    });
  });
  // Benchmarks open many concurrent keep-alive connections; Node's defaults would cut idle ones early.
  server.keepAliveTimeout = 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port, address } = server.address() as AddressInfo;

  return {
    ...simulator,
    baseURL: `http://${address}:${port}/v1`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
