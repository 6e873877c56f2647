// Creates the demo tenant, admin, reviewer and API token if the database has no users, and prints
// the credentials once. With the embedded database, run it while the app is stopped (PGlite is single-process).
import { closeDatabase, ensureDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { formatCredentials, seedDemoData } from "@/lib/auth/seed";

await ensureDatabase();
console.log(formatCredentials(await seedDemoData({ password: env().SIEVE_DEMO_PASSWORD })));
await closeDatabase();
