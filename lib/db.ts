import "server-only";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { applyMigrations, type SqlRunner } from "@/lib/migrations/apply-migrations";


interface Database {
  prisma: PrismaClient;
  /** Runs fn on one database session (needed for session-scoped locks). */
  withSession<T>(fn: (sql: SqlRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  kind: "postgres" | "pglite";
}

function pgliteRunner(pglite: PGlite): SqlRunner {
  return {
    exec: async (text) => void (await pglite.exec(text)),
    query: async (text, params) => (await pglite.query<Record<string, unknown>>(text, params)).rows,
  };
}

function openPglite(dataDir: string): Database {
  const dir = path.resolve(dataDir, "pg");
  fs.mkdirSync(dir, { recursive: true });
  const pglite = new PGlite(dir);
  return {
    kind: "pglite",
    prisma: new PrismaClient({ adapter: new PrismaPGlite(pglite) }),
    withSession: (fn) => fn(pgliteRunner(pglite)),
    close: async () => pglite.close(),
  };
}

function openPostgres(url: string): Database {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  return {
    kind: "postgres",
    prisma,
    // Migrations need one session (advisory lock, multi-statement scripts), so they get their own client.
    withSession: (fn) => withPgClient(url, (c) => fn({ exec: async (t) => void (await c.query(t)), query: async (t, p) => (await c.query(t, p)).rows })),
    close: () => prisma.$disconnect(),
  };
}

async function withPgClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function openDatabase(options: { databaseUrl?: string; dataDir: string }): Database {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.dataDir);
}

// One database per process, kept on globalThis so dev-server reloads do not open PGlite twice.
const holder = globalThis as unknown as { sieveDatabase?: Database; sieveDatabaseReady?: Promise<Database> };

function database(): Database {
  holder.sieveDatabase ??= openDatabase({ databaseUrl: env().DATABASE_URL, dataDir: env().SIEVE_DATA_DIR });
  return holder.sieveDatabase;
}

/** The Prisma client. Call `ensureDatabase()` once at start-up before relying on the schema. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get: (_target, prop) => {
    const prisma = database().prisma;
    const value = Reflect.get(prisma, prop);
    return typeof value === "function" ? value.bind(prisma) : value;
  },
});

/** Applies pending migrations once per process. */
export function ensureDatabase(): Promise<Database> {
  holder.sieveDatabaseReady ??= (async () => {
    const database_ = database();
    await database_.withSession((sql) => applyMigrations(sql));
    return database_;
  })();
  return holder.sieveDatabaseReady;
}

export async function closeDatabase(): Promise<void> {
  const current = holder.sieveDatabase;
  holder.sieveDatabase = undefined;
  holder.sieveDatabaseReady = undefined;
  await current?.close();
}
