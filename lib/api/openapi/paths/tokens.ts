import type { ZodOpenApiPathsObject } from "zod-openapi";
import { idParams } from "@/lib/api/schemas/common";
import { apiTokenSchema, createdTokenSchema, createTokenRequestSchema, tokenListSchema } from "@/lib/api/schemas/tokens";
import { jsonResponse, operation } from "@/lib/api/openapi/operation";

export const tokenPaths: ZodOpenApiPathsObject = {
  "/api/v1/tokens": {
    get: operation({
      operationId: "listTokens",
      tags: ["API tokens"],
      summary: "List the tenant's API tokens",
      description: "Active tokens first. Secrets are never returned after creation.",
      access: "console-admin",
      responses: { "200": jsonResponse("The tokens", tokenListSchema) },
    }),
    post: operation({
      operationId: "createToken",
      tags: ["API tokens"],
      summary: "Create an API token",
      description: "The response holds the secret; it is shown this once and only its hash is stored.",
      access: "console-admin",
      requestBody: { required: true, content: { "application/json": { schema: createTokenRequestSchema } } },
      responses: { "201": jsonResponse("Created; copy the secret now", createdTokenSchema) },
      errors: [400],
    }),
  },
  "/api/v1/tokens/{id}": {
    delete: operation({
      operationId: "revokeToken",
      tags: ["API tokens"],
      summary: "Revoke an API token",
      description: "Takes effect on the token's next request. Revoking twice is harmless.",
      access: "console-admin",
      requestParams: { path: idParams },
      responses: { "200": jsonResponse("The revoked token", apiTokenSchema) },
      errors: [400, 404],
    }),
  },
};
