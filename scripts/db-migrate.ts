// Applies prisma/migrations to the configured database (DATABASE_URL, or the embedded one).
import { closeDatabase, ensureDatabase } from "@/lib/db";

const database = await ensureDatabase();
console.log(`migrations applied (${database.kind})`);
await closeDatabase();
