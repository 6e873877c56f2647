// Writes a tenant's approved documents as a labelled dataset folder: one JSON per document in the
// format of ../shared/data/README.md, so `npm run eval -- <folder>` runs on the tenant's own documents.
//   npm run labels:export -- <folder> [--tenant <id>]
//   --tenant: the tenant to export; may be left out when the database holds one tenant.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

const args = process.argv.slice(2);
const tenantAt = args.indexOf("--tenant");
const folder = args.find((a, i) => !a.startsWith("--") && (tenantAt < 0 || i !== tenantAt + 1));
if (!folder || (tenantAt >= 0 && !args[tenantAt + 1])) {
  console.error("usage: npm run labels:export -- <folder> [--tenant <id>]");
  process.exit(2);
}
process.env.LOG_LEVEL ??= "silent";
process.env.SIEVE_SEED_ON_START = "false";

const { closeDatabase, db, ensureDatabase } = await import("@/lib/db");
const { labelLines } = await import("@/lib/labels/label-export");
await ensureDatabase();
const tenants = await db.tenant.findMany({ select: { id: true, name: true } });
const tenant = tenantAt >= 0 ? tenants.find((t) => t.id === args[tenantAt + 1]) : tenants.length === 1 ? tenants[0] : undefined;
if (!tenant) {
  console.error(tenantAt >= 0 ? `no tenant ${args[tenantAt + 1]}` : tenants.length === 0 ? "the database holds no tenant" : `several tenants; choose one with --tenant:\n${tenants.map((t) => `  ${t.id}  ${t.name}`).join("\n")}`);
  process.exit(2);
}
await mkdir(folder, { recursive: true });
let written = 0;
for await (const line of labelLines(tenant.id)) {
  await writeFile(path.join(folder, `${line.id}.json`), JSON.stringify(line, null, 2) + "\n");
  written++;
}
console.log(`${written} labelled documents of ${tenant.name} written to ${folder}`);
await closeDatabase();
