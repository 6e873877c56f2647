import { spawn, type ChildProcess } from "node:child_process";
import { openSync, closeSync, readFileSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { freePort } from "./redis-server";

// The production topology as processes on loopback: nginx (deploy/nginx.conf with its upstreams
// and listen port pointed here), web instances (`next start` of the production build, which must
// exist) and `npm run worker` processes, over the PostgreSQL and Redis named in `env`. Shared by
// the topology test and `npm run bench:scale`. Each process logs to a file in a scratch folder.

const NGINX = "/usr/sbin/nginx";
const ROOT = path.resolve(import.meta.dirname, "../..");
const STARTUP_MS = 90_000;
/** The CPU priority `npm run worker` gives a worker (package.json, SIEVE_WORKER_NICE): web instances on the same host come first. */
export const WORKER_NICE = 10;

export interface TopologyEnv {
  DATABASE_URL: string;
  REDIS_URL: string;
  REDIS_KEY_PREFIX: string;
  [name: string]: string;
}

export interface Service {
  readonly name: string;
  readonly child: ChildProcess;
  readonly pid: number;
  /** Where a web instance listens. */
  readonly port?: number;
  alive(): boolean;
  /** Sends the signal and resolves once the process is gone. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 30_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * deploy/nginx.conf for loopback: upstream servers and the listen port replaced, the access log to a
 * file, temp folders in the prefix (Debian's compiled-in ones belong to www-data), and one header
 * naming the instance that answered, so a test knows which one serves a stream.
 */
export function loopbackNginxConf(conf: string, listenPort: number, webPorts: readonly number[]): string {
  const servers = webPorts.map((port) => `    server 127.0.0.1:${port} max_fails=3 fail_timeout=10s;`).join("\n");
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `  ${kind}_temp_path temp/${kind};`).join("\n");
  // As root, nginx's workers would otherwise switch to "nobody", which cannot enter the scratch folder.
  const user = process.getuid?.() === 0 ? `user ${os.userInfo().username};\n` : "";
  return (
    user +
    conf
      .replace(/( *server web\d+:3000[^\n]*\n)+/, `${servers}\n`)
      .replace(/listen \d+;/, `listen 127.0.0.1:${listenPort};`)
      .replace("access_log /dev/stdout", "access_log access.log")
      .replace("http {\n", `http {\n${temp}\n`)
      .replace("add_header X-Request-Id $sieve_request_id always;", "add_header X-Request-Id $sieve_request_id always;\n    add_header X-Sieve-Upstream $upstream_addr always;")
  );
}

export interface StreamFollowing {
  /** Resume after this event, as EventSource does on reconnect. */
  lastEventId?: number;
  onResponse?: (response: Response) => void;
  onEvent?: (seq: number, response: Response) => void;
  signal?: AbortSignal;
}

/** One SSE connection to a run's stream: every event's seq until [DONE] (`done`), or until the connection breaks or `signal` aborts. */
export async function followRunStream(base: string, runId: string, headers: Record<string, string>, options: StreamFollowing = {}): Promise<{ status: number; seqs: number[]; done: boolean }> {
  const { lastEventId, onResponse = () => undefined, onEvent = () => undefined, signal } = options;
  const response = await fetch(`${base}/api/v1/runs/${runId}/stream`, { headers: { ...headers, ...(lastEventId === undefined ? {} : { "last-event-id": String(lastEventId) }) }, signal });
  onResponse(response);
  const seqs: number[] = [];
  if (!response.ok || !response.body) return { status: response.status, seqs, done: false };
  let buffered = "";
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      buffered += chunk.value;
      for (let end = buffered.indexOf("\n\n"); end >= 0; end = buffered.indexOf("\n\n")) {
        const frame = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        if (frame === "data: [DONE]") return { status: response.status, seqs, done: true };
        const id = /^id: (\d+)$/m.exec(frame)?.[1];
        if (id === undefined) continue;
        seqs.push(Number(id));
        onEvent(Number(id), response);
      }
    }
  } catch {
    // The instance died under the stream (nginx cuts the chunked response short), or the caller aborted.
  }
  return { status: response.status, seqs, done: false };
}

export class Topology {
  readonly webs: Service[] = [];
  readonly workers: Service[] = [];
  nginx!: Service;
  /** The queue as an operator sees it: which worker holds which run. */
  readonly queue: Queue;
  private readonly queueConnection: Redis;

  private constructor(
    readonly dir: string,
    readonly env: TopologyEnv,
    readonly nginxPort: number,
    readonly webPorts: number[],
    private readonly webNodeArgs: string[],
    private readonly workerNice: number,
  ) {
    this.queueConnection = new Redis(env.REDIS_URL, { maxRetriesPerRequest: null });
    this.queue = new Queue("runs", { connection: this.queueConnection, prefix: `${env.REDIS_KEY_PREFIX}bull` });
  }

  /** nginx in front of `webs` web instances, and `workers` workers; resolves once all are ready. */
  static async start(options: { env: TopologyEnv; webs?: number; workers?: number; webNodeArgs?: string[]; workerNice?: number }): Promise<Topology> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sieve-topology-"));
    const webPorts = await Promise.all(Array.from({ length: options.webs ?? 2 }, () => freePort()));
    const topology = new Topology(dir, options.env, await freePort(), webPorts, options.webNodeArgs ?? [], options.workerNice ?? WORKER_NICE);
    try {
      await topology.startAll(options.workers ?? 2);
    } catch (error) {
      await topology.stop();
      throw error;
    }
    return topology;
  }

  get url(): string {
    return `http://127.0.0.1:${this.nginxPort}`;
  }

  /** Starts nginx, every web instance that is not running, and workers up to `workers`. */
  async startAll(workers = 2): Promise<void> {
    await Promise.all([
      this.startNginx(),
      ...this.webPorts.map((_, i) => (this.webs[i]?.alive() ? undefined : this.startWeb(i))),
      ...Array.from({ length: Math.max(0, workers - this.workers.filter((w) => w.alive()).length) }, () => this.startWorker()),
    ]);
  }

  async startNginx(): Promise<Service> {
    const conf = await fs.readFile(path.join(ROOT, "deploy/nginx.conf"), "utf8");
    await Promise.all(["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => fs.mkdir(path.join(this.dir, "temp", kind), { recursive: true })));
    await fs.writeFile(path.join(this.dir, "nginx.conf"), loopbackNginxConf(conf, this.nginxPort, this.webPorts));
    this.nginx = this.spawn("nginx", NGINX, ["-p", this.dir, "-e", "stderr", "-c", "nginx.conf", "-g", "daemon off;"], {});
    await until("nginx to listen", () => fetch(`${this.url}/nginx-health`).then((r) => r.ok, () => false), 10_000);
    return this.nginx;
  }

  /** Web instance `index` (`next start`, SIEVE_WORKERS=external), resolved once it is ready. */
  async startWeb(index: number): Promise<Service> {
    const port = this.webPorts[index]!;
    const next = path.join(ROOT, "node_modules/next/dist/bin/next");
    const web = this.spawn(`web${index + 1}`, process.execPath, [...this.webNodeArgs, next, "start", "-p", String(port), "-H", "127.0.0.1"], { PORT: String(port), SIEVE_WORKERS: "external" }, port);
    this.webs[index] = web;
    const ready = () => (web.alive() ? fetch(`http://127.0.0.1:${port}/api/v1/ready`).then((r) => r.ok, () => false) : Promise.reject(new Error(`${web.name} exited`)));
    await until(`${web.name} to be ready`, ready, STARTUP_MS, 200).catch((error: Error) => {
      throw new Error(`${error.message}\n${this.logOf(web.name)}`);
    });
    return web;
  }

  /** One more `npm run worker` process, resolved once it takes jobs from the queue. */
  async startWorker(): Promise<Service> {
    const name = `worker${this.workers.length + 1}`;
    const args = ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"];
    // nice execs node, so the pid is the worker's own.
    const [command, argv] = this.workerNice ? ["nice", ["-n", String(this.workerNice), process.execPath, ...args]] : [process.execPath, args];
    const worker = this.spawn(name, command, argv, { SIEVE_WORKERS: "external" });
    this.workers.push(worker);
    await until(`${name} to take jobs`, async () => worker.alive() ? (await this.queue.getWorkers()).some((w) => w.rawname?.endsWith(`:${worker.pid}`)) : Promise.reject(new Error(`${name} exited\n${this.logOf(name)}`)), STARTUP_MS, 200).catch((error: Error) => {
      throw new Error(`${error.message}\n${this.logOf(name)}`);
    });
    return worker;
  }

  /** The live worker whose name BullMQ stored on the run's job. */
  async workerOf(runId: string): Promise<Service | undefined> {
    const job = await this.queue.getJob(runId);
    return this.workers.find((w) => w.alive() && job?.processedBy?.endsWith(`:${w.pid}`));
  }

  /** The live web instance behind an nginx response (from the header the loopback config adds). */
  webBehind(response: Response): Service | undefined {
    const port = Number(response.headers.get("x-sieve-upstream")?.split(":").pop());
    return this.webs.find((w) => w.alive() && w.port === port);
  }

  /** kill -9 of every process (nginx, web instances, workers): a machine that lost power. */
  async killAll(): Promise<void> {
    await Promise.all([this.nginx, ...this.webs, ...this.workers].filter((s) => s?.alive()).map((s) => s.kill("SIGKILL")));
  }

  /** Stops every process (SIGKILL: nothing here needs a graceful end) and removes the scratch folder. */
  async stop(): Promise<void> {
    await this.killAll();
    await this.queue.close().catch(() => undefined);
    this.queueConnection.disconnect();
    await fs.rm(this.dir, { recursive: true, force: true });
  }

  /** The last lines each process wrote, for a failure message. */
  logOf(name: string, lines = 40): string {
    try {
      return `--- ${name} ---\n${readFileSync(path.join(this.dir, `${name}.log`), "utf8").split("\n").slice(-lines).join("\n")}`;
    } catch {
      return `--- ${name}: no log ---`;
    }
  }

  private spawn(name: string, command: string, args: string[], extraEnv: Record<string, string>, port?: number): Service {
    const fd = openSync(path.join(this.dir, `${name}.log`), "a");
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", LOG_LEVEL: "warn", SIEVE_SEED_ON_START: "false", ...this.env, ...extraEnv },
      stdio: ["ignore", fd, fd],
    });
    closeSync(fd);
    const alive = () => child.exitCode === null && child.signalCode === null;
    return {
      name,
      child,
      pid: child.pid!,
      port,
      alive,
      kill: (signal = "SIGTERM") =>
        new Promise<void>((resolve) => {
          if (!alive()) return resolve();
          child.once("exit", () => resolve());
          child.kill(signal);
        }),
    };
  }
}
