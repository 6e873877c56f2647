import { z } from "zod";
import { apiScopeSchema, createApiTokenInput } from "@/lib/auth/api-tokens";
import type { ApiScope } from "@/lib/core/actor";
import { defineOperation, isoDateTime, jsonResponse } from "@/lib/core/contract";
import { idParams, idSchema } from "@/lib/core/ids";

export const scopeDescriptions: Record<ApiScope, string> = {
  upload: "send documents and cancel their runs",
  read: "read documents, runs, results and questions",
  answer: "answer clarifying questions",
};

export const apiScopeComponent = apiScopeSchema.meta({
  id: "ApiScope",
  description: Object.entries(scopeDescriptions)
    .map(([scope, what]) => `${scope}: ${what}`)
    .join(" · "),
});

export const createTokenRequestSchema = createApiTokenInput
  .extend({ scopes: z.array(apiScopeComponent).min(1) })
  .meta({ id: "CreateTokenRequest" });

export const apiTokenSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    prefix: z.string().meta({ description: "The public part of the secret (sv_<prefix>_…), to recognise a token" }),
    scopes: z.array(apiScopeComponent),
    createdAt: isoDateTime,
    createdBy: z.string().nullable().meta({ description: "Name of the admin who created it" }),
    lastUsedAt: isoDateTime.nullable().meta({ description: "Updated at most once a minute" }),
    revokedAt: isoDateTime.nullable(),
  })
  .meta({ id: "ApiToken" });

export const createdTokenSchema = z
  .object({
    token: apiTokenSchema,
    secret: z.string().meta({ description: "Shown once, never stored: send as `Authorization: Bearer <secret>`", example: "sv_1a2b3c4d_…" }),
  })
  .meta({ id: "CreatedToken" });

export const tokenListSchema = z.object({ data: z.array(apiTokenSchema) }).meta({ id: "TokenList" });

export type ApiTokenView = z.infer<typeof apiTokenSchema>;
export type CreatedToken = z.infer<typeof createdTokenSchema>;

export const tokenOperations = {
  listTokens: defineOperation({
    method: "get",
    path: "/api/v1/tokens",
    operationId: "listTokens",
    tags: ["API tokens"],
    summary: "List the tenant's API tokens",
    description: "Active tokens first. Secrets are never returned after creation.",
    access: "console-admin",
    responses: { "200": jsonResponse("The tokens", tokenListSchema) },
  }),
  createToken: defineOperation({
    method: "post",
    path: "/api/v1/tokens",
    operationId: "createToken",
    tags: ["API tokens"],
    summary: "Create an API token",
    description: "The response holds the secret; it is shown this once and only its hash is stored.",
    access: "console-admin",
    requestBody: { required: true, content: { "application/json": { schema: createTokenRequestSchema } } },
    responses: { "201": jsonResponse("Created; copy the secret now", createdTokenSchema) },
    errors: [400],
  }),
  revokeToken: defineOperation({
    method: "delete",
    path: "/api/v1/tokens/{id}",
    operationId: "revokeToken",
    tags: ["API tokens"],
    summary: "Revoke an API token",
    description: "Takes effect on the token's next request. Revoking twice is harmless.",
    access: "console-admin",
    requestParams: { path: idParams },
    responses: { "200": jsonResponse("The revoked token", apiTokenSchema) },
    errors: [400, 404],
  }),
};
