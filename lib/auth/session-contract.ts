import { z } from "zod";
import { apiScopeComponent } from "@/lib/auth/token-contract";
import { idSchema } from "@/lib/core/ids";
import { defineOperation, isoDateTime, jsonResponse, roleSchema } from "@/lib/core/contract";

export const signInRequestSchema = z
  .object({ email: z.email(), password: z.string().min(1).max(500) })
  .meta({ id: "SignInRequest" });

export const sessionSchema = z
  .object({
    user: z.object({ id: idSchema, email: z.string(), name: z.string(), role: roleSchema, tenantId: idSchema }),
    csrfToken: z.string().meta({ description: "Send as x-csrf-token on cookie-authenticated changes" }),
    expiresAt: isoDateTime,
  })
  .meta({ id: "Session" });

export const principalSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("user"), tenantId: idSchema, userId: idSchema, role: roleSchema, name: z.string(), email: z.string(), csrfToken: z.string() }),
    z.object({ kind: z.literal("token"), tenantId: idSchema, tokenId: idSchema, scopes: z.array(apiScopeComponent), name: z.string() }),
  ])
  .meta({ id: "Principal", description: "Who the credentials belong to" });

export const whoAmISchema = z.object({ principal: principalSchema });

export const sessionOperations = {
  signIn: defineOperation({
    method: "post",
    path: "/api/v1/auth/session",
    operationId: "signIn",
    tags: ["Console session"],
    summary: "Sign in to the console",
    description:
      "Sets the HttpOnly session cookie; changes made with it need the returned `csrfToken` in `x-csrf-token`. Failed attempts slow down, never lock out: after three for one email from one address, that address waits 1 s, 2 s, 4 s … (up to 5 minutes) before its next try, and gets 429 with Retry-After if it comes sooner. An address failing 100 times in 15 minutes, on any accounts, gets 429 for 15 minutes; other addresses are unaffected.",
    access: "public",
    requestBody: { required: true, content: { "application/json": { schema: signInRequestSchema } } },
    responses: { "200": jsonResponse("Signed in", sessionSchema) },
    errors: [400, 401, 429],
  }),
  whoAmI: defineOperation({
    method: "get",
    path: "/api/v1/auth/session",
    operationId: "whoAmI",
    tags: ["Console session"],
    summary: "Who the credentials belong to",
    description: "Works with a bearer token too: a quick way to check a token.",
    access: "any-principal",
    rateLimited: false,
    responses: { "200": jsonResponse("The principal", whoAmISchema) },
    errors: [401],
  }),
  signOut: defineOperation({
    method: "delete",
    path: "/api/v1/auth/session",
    operationId: "signOut",
    tags: ["Console session"],
    summary: "Sign out",
    access: "console",
    rateLimited: false,
    responses: { "204": { description: "Signed out; the cookie is cleared" } },
  }),
};
