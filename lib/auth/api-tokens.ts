import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { randomSecret, sha256 } from "@/lib/auth/secrets";

export const apiScopes = ["upload", "read", "answer"] as const;
export const apiScopeSchema = z.enum(apiScopes);
export type ApiScope = z.infer<typeof apiScopeSchema>;

export const createApiTokenInput = z.object({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(apiScopeSchema).min(1),
});

const TOKEN_PATTERN = /^sv_([a-z0-9]{8})_([A-Za-z0-9_-]{32,})$/;

/** Creates a token; the secret is returned once and only its hash is stored. */
export async function createApiToken(input: z.infer<typeof createApiTokenInput> & { tenantId: string; createdById?: string }) {
  const prefix = crypto.randomBytes(4).toString("hex");
  const secret = `sv_${prefix}_${randomSecret(32)}`;
  const token = await db.apiToken.create({
    data: {
      tenantId: input.tenantId,
      createdById: input.createdById,
      name: input.name,
      scopes: [...new Set(input.scopes)],
      prefix,
      tokenHash: sha256(secret),
    },
  });
  return { token, secret };
}

export async function findActiveToken(secret: string) {
  const match = TOKEN_PATTERN.exec(secret);
  if (!match) return null;
  const token = await db.apiToken.findUnique({ where: { tokenHash: sha256(secret) } });
  if (!token || token.revokedAt) return null;
  // Touch at most once a minute: a hot token should not write on every request.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  }
  return token;
}

export async function revokeApiToken(id: string, tenantId: string) {
  const result = await db.apiToken.updateMany({ where: { id, tenantId, revokedAt: null }, data: { revokedAt: new Date() } });
  return result.count === 1;
}
