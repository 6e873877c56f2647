import "server-only";
import { createRequire } from "node:module";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { InferenceSession } from "onnxruntime-node";

// onnxruntime-node runs a session on the thread that calls it (its promise only defers the work by
// a setImmediate): measured, one detection pass held the event loop for up to 600 ms, so uploads
// and streams in the same process waited behind OCR. The sessions live in one worker thread
// instead; the main thread only prepares the tensors and decodes what comes back.

export type ModelOutput = { data: Float32Array; dims: number[] };

// Plain CommonJS evaluated in the worker, so no bundler has to know about it; onnxruntime-node is
// resolved from the project's node_modules, where it is installed as a server external package.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const ort = require(workerData.ortPath);
const sessions = Promise.all(workerData.models.map((model) => ort.InferenceSession.create(model, workerData.options)));
sessions.catch(() => undefined);
parentPort.on("message", async ({ id, model, input, dims }) => {
  try {
    const session = (await sessions)[model];
    const out = await session.run({ [session.inputNames[0]]: new ort.Tensor("float32", input, dims) });
    const tensor = out[session.outputNames[0]];
    const data = new Float32Array(tensor.data);
    parentPort.postMessage({ id, data, dims: tensor.dims }, [data.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

type Pending = { resolve: (output: ModelOutput) => void; reject: (error: Error) => void };
type Reply = { id: number; data?: Float32Array; dims?: number[]; error?: string };

export class OnnxThread {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(
    private readonly models: string[],
    private readonly options: InferenceSession.SessionOptions,
  ) {}

  /** Runs model `model` (an index into the paths given) on one float32 input. */
  run(model: number, input: Float32Array, dims: number[]): Promise<ModelOutput> {
    const worker = this.start();
    const id = this.nextId++;
    const result = new Promise<ModelOutput>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    worker.ref();
    worker.postMessage({ id, model, input, dims }, [input.buffer as ArrayBuffer]);
    return result;
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const ortPath = createRequire(path.join(process.cwd(), "package.json")).resolve("onnxruntime-node");
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { ortPath, models: this.models, options: this.options } });
    worker.on("message", (reply: Reply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      // An idle worker must not keep the process alive.
      if (this.pending.size === 0) worker.unref();
      if (!waiting) return;
      if (reply.error !== undefined || !reply.data || !reply.dims) waiting.reject(new Error(reply.error ?? "the OCR model returned nothing"));
      else waiting.resolve({ data: reply.data, dims: reply.dims });
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`the OCR thread exited (code ${code})`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
