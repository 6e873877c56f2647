import { z } from "zod";
import { apiScopeSchema, createApiTokenInput, type ApiScope } from "@/lib/auth/api-tokens";
import { idSchema, isoDateTime } from "@/lib/api/schemas/common";

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
