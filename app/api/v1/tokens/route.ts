import { apiRoute } from "@/lib/http/api-route";
import { createdTokenSchema, createTokenRequestSchema, tokenListSchema } from "@/lib/auth/token-contract";
import { issueApiToken, listApiTokens } from "@/lib/auth/api-tokens";

// Token management is for console admins only: a bearer token can never mint or list tokens.
export const GET = apiRoute({ access: { console: true, role: "admin" }, response: tokenListSchema }, async ({ actor }) => ({ data: await listApiTokens(actor.tenantId) }));

// The secret is in this body only; nothing on the way may keep a copy.
export const POST = apiRoute(
  { access: { console: true, role: "admin" }, body: createTokenRequestSchema, response: createdTokenSchema, status: 201, headers: { "cache-control": "no-store" } },
  async ({ actor, body }) => issueApiToken(body, actor),
);
