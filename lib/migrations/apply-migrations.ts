import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";

export interface SqlRunner {
  exec(text: string): Promise<void>;
  query(text: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
}

// Same table and checksum as Prisma's own migrate, so `prisma migrate deploy` (where the native
// engine exists) and this runner agree about what has been applied.
const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Serialises concurrent starters (several app instances against one PostgreSQL).
const LOCK_ID = 72707369;

export interface MigrationFolder {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrationFolders(dir = path.join(process.cwd(), "prisma", "migrations")): MigrationFolder[] {
  // The folder is read at run time from the app's working directory, not traced into the bundle.
  if (!fs.existsSync(/*turbopackIgnore: true*/ dir)) return [];
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

export class MigrationError extends Error {
  readonly code = "migration_failed";
}

/** Applies every migration not yet recorded as finished; returns the names it applied. */
export async function applyMigrations(sql: SqlRunner, folders = readMigrationFolders()): Promise<string[]> {
  await sql.exec(HISTORY_TABLE);
  await sql.query("SELECT pg_advisory_lock($1)", [LOCK_ID]);
  const applied: string[] = [];
  try {
    const rows = await sql.query(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Map(rows.map((r) => [String(r.migration_name), String(r.checksum)]));
    for (const folder of folders) {
      const recorded = done.get(folder.name);
      if (recorded) {
        if (recorded !== folder.checksum) {
          throw new MigrationError(`migration ${folder.name} was edited after it was applied`);
        }
        continue;
      }
      await sql.exec(`BEGIN;\n${folder.sql}\nCOMMIT;`).catch(async (error: unknown) => {
        await sql.exec("ROLLBACK").catch(() => undefined);
        throw new MigrationError(`migration ${folder.name} failed: ${(error as Error).message}`);
      });
      await sql.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), 1)`,
        [crypto.randomUUID(), folder.checksum, folder.name],
      );
      applied.push(folder.name);
    }
  } finally {
    await sql.query("SELECT pg_advisory_unlock($1)", [LOCK_ID]);
  }
  return applied;
}
