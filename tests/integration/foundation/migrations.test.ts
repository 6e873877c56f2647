import { describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { applyMigrations, readMigrationFolders } from "@/lib/migrations/apply-migrations";
import { diffMigrationsToSchema } from "@/lib/migrations/schema-engine";
import { db } from "@/lib/db";

describe("database migrations", () => {
  it("match schema.prisma exactly (Prisma's schema engine finds nothing to add)", async () => {
    expect(await diffMigrationsToSchema()).toBe("");
  }, 60_000);

  it("apply to an empty embedded database once, and are recorded like prisma migrate does", async () => {
    const pglite = new PGlite();
    const sql = {
      exec: async (t: string) => void (await pglite.exec(t)),
      query: async (t: string, p?: unknown[]) => (await pglite.query<Record<string, unknown>>(t, p)).rows,
    };
    const first = await applyMigrations(sql);
    expect(first).toEqual(readMigrationFolders().map((f) => f.name));
    expect(await applyMigrations(sql)).toEqual([]);
    const rows = await sql.query(`SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(rows.map((r) => r.migration_name)).toEqual(first);
    await pglite.close();
  });

  it("left the throwaway PostgreSQL database with every table the client needs", async () => {
    expect(await db.user.count()).toBeGreaterThanOrEqual(0);
    expect(await db.modelCall.count()).toBeGreaterThanOrEqual(0);
  });
});
