import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** Direct access to the e2e run's database, for seeding and checking what the UI did. */
export function e2eDb(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.SIEVE_E2E_DATABASE_URL! }) });
}
