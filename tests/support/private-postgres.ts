import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "./redis-server";

// A private PostgreSQL cluster on a free port, for suites that stop PostgreSQL: the machine's
// shared server on 5432 is never touched. initdb refuses to run as root, so the cluster belongs to
// the `postgres` OS user; trust auth on 127.0.0.1 and a socket in its own directory.

const run = promisify(execFile);

function binaries(): string {
  const root = "/usr/lib/postgresql";
  const version = fs.readdirSync(root).sort((a, b) => Number(b) - Number(a))[0];
  if (!version) throw new Error(`no PostgreSQL binaries under ${root}`);
  return path.join(root, version, "bin");
}

export class PrivatePostgres {
  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly bin: string,
  ) {}

  static async start(): Promise<PrivatePostgres> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sieve-pg-"));
    const cluster = new PrivatePostgres(dir, await freePort(), binaries());
    try {
      await run("chown", ["postgres:postgres", dir]);
      await cluster.asPostgres("initdb", "-D", dir, "-U", "postgres", "--auth=trust", "--no-sync");
      await cluster.resume();
      return cluster;
    } catch (error) {
      await cluster.destroy();
      throw error;
    }
  }

  /** The admin URL (database `postgres`). */
  get url() {
    return `postgresql://postgres@127.0.0.1:${this.port}/postgres`;
  }

  private asPostgres(tool: string, ...args: string[]) {
    return run("runuser", ["-u", "postgres", "--", path.join(this.bin, tool), ...args]);
  }

  /** Starts (again) on the same port and waits until it accepts connections. */
  async resume(): Promise<void> {
    await this.asPostgres("pg_ctl", "-D", this.dir, "-l", path.join(this.dir, "server.log"), "-w", "-o", `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`, "start");
  }

  /** Stops it the way a crash would: no checkpoint, connections cut. */
  async kill(): Promise<void> {
    await this.asPostgres("pg_ctl", "-D", this.dir, "-m", "immediate", "-w", "stop").catch(() => undefined);
  }

  async destroy(): Promise<void> {
    await this.kill();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
