import { z } from "zod";
import { apiScopeComponent } from "@/lib/api/schemas/tokens";
import { idSchema, isoDateTime, roleSchema } from "@/lib/api/schemas/common";

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
