import { describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { applyMigrations, readMigrationFolders } from "@/lib/migrations/apply-migrations";
import { diffMigrationsToSchema } from "@/lib/migrations/schema-engine";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

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

  it("on upgrade, hand the installation-wide settings to the first admin when nobody operates", async () => {
    const pglite = new PGlite();
    const sql = {
      exec: async (t: string) => void (await pglite.exec(t)),
      query: async (t: string, p?: unknown[]) => (await pglite.query<Record<string, unknown>>(t, p)).rows,
    };
    const folders = readMigrationFolders();
    const split = folders.findIndex((f) => f.name.endsWith("_first_admin_operates"));
    await applyMigrations(sql, folders.slice(0, split));
    await sql.exec(`INSERT INTO "Tenant" (id, name) VALUES ('t1', 'Old')`);
    for (const [id, role, at] of [["u-rev", "reviewer", "2025-01-01"], ["u-first", "admin", "2025-02-01"], ["u-later", "admin", "2025-03-01"]]) {
      await sql.query(`INSERT INTO "User" (id, "tenantId", email, name, "passwordHash", role, "createdAt") VALUES ($1, 't1', $1, $1, 'x', $2, $3)`, [id, role, at]);
    }
    await applyMigrations(sql, folders);
    const roles = await sql.query(`SELECT id, role FROM "User" ORDER BY id`);
    expect(roles).toEqual([
      { id: "u-first", role: "operator" },
      { id: "u-later", role: "admin" },
      { id: "u-rev", role: "reviewer" },
    ]);
    await pglite.close();
  });

  it("left the throwaway PostgreSQL database with exactly the tables and columns of the Prisma models", async () => {
    const columns = await db.$queryRawUnsafe<Array<{ table_name: string; column_name: string }>>(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name <> '_prisma_migrations'`,
    );
    const actual: Record<string, string[]> = {};
    for (const c of columns) (actual[c.table_name] ??= []).push(c.column_name);
    const scalarFields = Prisma as unknown as Record<string, Record<string, string>>;
    const expected = Object.fromEntries(
      Object.values(Prisma.ModelName).map((model) => [model, Object.values(scalarFields[`${model}ScalarFieldEnum`]).sort()]),
    );
    expect(Object.keys(expected).length).toBeGreaterThan(10);
    expect(Object.fromEntries(Object.entries(actual).map(([t, cs]) => [t, cs.sort()]))).toEqual(expected);
  });
});
