import { authorizeConsoleAdmin } from "@/lib/http/authorize";
import { readJson, route } from "@/lib/http/respond";
import { createTokenRequestSchema } from "@/lib/auth/token-contract";
import { issueApiToken, listApiTokens } from "@/lib/auth/api-tokens";

// Token management is for console admins only: a bearer token can never mint or list tokens.
export const GET = route(async (request, context) => {
  const principal = await authorizeConsoleAdmin(request, context);
  return Response.json({ data: await listApiTokens(principal.tenantId) });
});

export const POST = route(async (request, context) => {
  const principal = await authorizeConsoleAdmin(request, context);
  const input = await readJson(request, createTokenRequestSchema);
  const created = await issueApiToken(input, { tenantId: principal.tenantId, userId: principal.userId, requestId: context.requestId });
  // The secret is in this body only; nothing on the way may keep a copy.
  return Response.json(created, { status: 201, headers: { "cache-control": "no-store" } });
});
