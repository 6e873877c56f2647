import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { apiScopes, type ApiScope, type UserActor } from "@/lib/core/actor";
import { audit } from "@/lib/core/audit";
import { notFound } from "@/lib/core/errors";
import type { ApiTokenView } from "@/lib/auth/token-contract";
import { randomSecret, sha256 } from "@/lib/auth/secrets";

export const apiScopeSchema = z.enum(apiScopes);

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

// Admin token management (console only). Views never include the hash, and the secret exists only
// in createApiToken's return value.

type TokenRow = Awaited<ReturnType<typeof db.apiToken.findFirstOrThrow>> & { createdBy: { name: string } | null };

export function apiTokenView(token: TokenRow): ApiTokenView {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    scopes: token.scopes as ApiScope[],
    createdAt: token.createdAt.toISOString(),
    createdBy: token.createdBy?.name ?? null,
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}

/** Active tokens first, then revoked ones; newest first within each. */
export async function listApiTokens(tenantId: string) {
  const tokens = await db.apiToken.findMany({
    where: { tenantId },
    include: { createdBy: { select: { name: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return tokens.sort((a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null)).map(apiTokenView);
}

export async function getApiToken(tenantId: string, id: string) {
  const token = await db.apiToken.findFirst({ where: { id, tenantId }, include: { createdBy: { select: { name: true } } } });
  return token ? apiTokenView(token) : null;
}

const tokenTarget = (id: string) => ({ type: "ApiToken", id });

/** An admin creates a token for their tenant; the secret is in the result and nowhere else. */
export async function issueApiToken(input: z.infer<typeof createApiTokenInput>, actor: UserActor) {
  const { token, secret } = await createApiToken({ ...input, tenantId: actor.tenantId, createdById: actor.userId });
  await audit(db, actor, "api_token.created", tokenTarget(token.id), { name: token.name, scopes: token.scopes, prefix: token.prefix });
  return { token: (await getApiToken(actor.tenantId, token.id))!, secret };
}

/** Revoking is idempotent; another tenant's token is not found. */
export async function revokeApiTokenAsAdmin(id: string, actor: UserActor) {
  if (await revokeApiToken(id, actor.tenantId)) await audit(db, actor, "api_token.revoked", tokenTarget(id), {});
  const token = await getApiToken(actor.tenantId, id);
  if (!token) throw notFound("API token");
  return token;
}
