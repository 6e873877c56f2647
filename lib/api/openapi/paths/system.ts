import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { healthSchema, readinessSchema } from "@/lib/api/schemas/system";
import { principalSchema, sessionSchema, signInRequestSchema } from "@/lib/api/schemas/session";
import { jsonResponse, operation } from "@/lib/api/openapi/operation";

export const systemPaths: ZodOpenApiPathsObject = {
  "/api/v1/health": {
    get: operation({
      operationId: "health",
      tags: ["System"],
      summary: "Liveness",
      description: "The process is up. For load balancers; checks no dependency.",
      access: "public",
      responses: { "200": jsonResponse("Alive", healthSchema) },
    }),
  },
  "/api/v1/ready": {
    get: operation({
      operationId: "ready",
      tags: ["System"],
      summary: "Readiness",
      description: "Whether this instance can take traffic: the database and the cache answer.",
      access: "public",
      responses: {
        "200": jsonResponse("Ready", readinessSchema),
        "503": jsonResponse("Not ready; `checks` says what failed", readinessSchema),
      },
    }),
  },
  "/api/v1/openapi.json": {
    get: operation({
      operationId: "openApiDocument",
      tags: ["System"],
      summary: "This OpenAPI 3.1 document",
      access: "public",
      responses: { "200": jsonResponse("The document", z.record(z.string(), z.unknown())) },
    }),
  },
  "/api/v1/auth/session": {
    post: operation({
      operationId: "signIn",
      tags: ["Console session"],
      summary: "Sign in to the console",
      description:
        "Sets the HttpOnly session cookie; changes made with it need the returned `csrfToken` in `x-csrf-token`. After ten failed attempts for one email in 15 minutes, further attempts get 429.",
      access: "public",
      requestBody: { required: true, content: { "application/json": { schema: signInRequestSchema } } },
      responses: { "200": jsonResponse("Signed in", sessionSchema) },
      errors: [400, 401, 429],
    }),
    get: operation({
      operationId: "whoAmI",
      tags: ["Console session"],
      summary: "Who the credentials belong to",
      description: "Works with a bearer token too: a quick way to check a token.",
      access: "any-principal",
      rateLimited: false,
      responses: { "200": jsonResponse("The principal", z.object({ principal: principalSchema })) },
      errors: [401],
    }),
    delete: operation({
      operationId: "signOut",
      tags: ["Console session"],
      summary: "Sign out",
      access: "console",
      rateLimited: false,
      responses: { "204": { description: "Signed out; the cookie is cleared" } },
    }),
  },
};
