import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { randomSecret } from "@/lib/auth/secrets";
import { createApiToken } from "@/lib/auth/api-tokens";

export interface SeedResult {
  created: boolean;
  credentials?: { admin: { email: string; password: string }; reviewer: { email: string; password: string }; apiToken: string };
}

/**
 * Creates the demo tenant, an admin, a reviewer and an API token when the database has no users.
 * Passwords are random unless given (tests pass a known one); they are shown once, never stored in clear.
 */
export async function seedDemoData(options: { password?: string } = {}): Promise<SeedResult> {
  if ((await db.user.count()) > 0) return { created: false };
  const adminPassword = options.password ?? randomSecret(12);
  const reviewerPassword = options.password ?? randomSecret(12);
  const tenant = await db.tenant.create({ data: { name: "Demo" } });
  try {
    const admin = await db.user.create({
      data: { tenantId: tenant.id, email: "admin@sieve.local", name: "Ada Admin", role: "operator", passwordHash: await hashPassword(adminPassword) },
    });
    await db.user.create({
      data: { tenantId: tenant.id, email: "reviewer@sieve.local", name: "Rui Reviewer", role: "reviewer", passwordHash: await hashPassword(reviewerPassword) },
    });
    const { secret } = await createApiToken({ tenantId: tenant.id, createdById: admin.id, name: "Demo mobile app", scopes: ["upload", "read", "answer"] });
    return {
      created: true,
      credentials: {
        admin: { email: admin.email, password: adminPassword },
        reviewer: { email: "reviewer@sieve.local", password: reviewerPassword },
        apiToken: secret,
      },
    };
  } catch (error) {
    // Another instance seeded first (unique email): keep theirs.
    await db.tenant.delete({ where: { id: tenant.id } }).catch(() => undefined);
    if ((await db.user.count()) > 0) return { created: false };
    throw error;
  }
}

export function formatCredentials(result: SeedResult): string {
  if (!result.credentials) return "Sieve: users already exist; no demo credentials created.";
  const c = result.credentials;
  return [
    "Sieve demo credentials (shown once; store them now):",
    `  admin     ${c.admin.email}  password: ${c.admin.password}`,
    `  reviewer  ${c.reviewer.email}  password: ${c.reviewer.password}`,
    `  API token (scopes upload, read, answer): ${c.apiToken}`,
  ].join("\n");
}
