// Creates this run's throwaway PostgreSQL database, then serves the built app against it and Redis.
import { spawn } from "node:child_process";
import pg from "pg";

const admin = process.env.ADMIN_DATABASE_URL!;
const target = new URL(process.env.DATABASE_URL!);
const name = target.pathname.slice(1);

const client = new pg.Client({ connectionString: admin });
await client.connect();
await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await client.query(`CREATE DATABASE "${name}"`);
await client.end();

const server = spawn("npx", ["next", "start", "-p", process.env.PORT!], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
