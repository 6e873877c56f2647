import type { Role } from "@/lib/generated/prisma/enums";

// Who is calling (Principal, resolved from credentials by lib/auth) and who acts (Actor, the one
// caller type every server module takes: permission checks and audit records read it).

export const apiScopes = ["upload", "read", "answer"] as const;
export type ApiScope = (typeof apiScopes)[number];

export type Principal =
  | { kind: "user"; tenantId: string; userId: string; role: Role; name: string; email: string; csrfToken: string }
  | { kind: "token"; tenantId: string; tokenId: string; scopes: ApiScope[]; name: string };

/**
 * A console user, an API token, or Sieve itself (the pipeline deciding a run), always within one
 * tenant. `requestId` ties the audit record to the request's log lines.
 */
export type Actor =
  | { kind: "user"; tenantId: string; userId: string; role: Role; requestId?: string }
  | { kind: "token"; tenantId: string; tokenId: string; requestId?: string }
  | { kind: "system"; tenantId: string; requestId?: string };

export type UserActor = Extract<Actor, { kind: "user" }>;

export function actorFrom(principal: Extract<Principal, { kind: "user" }>, requestId?: string): UserActor;
export function actorFrom(principal: Principal, requestId?: string): Actor;
export function actorFrom(principal: Principal, requestId?: string): Actor {
  return principal.kind === "user"
    ? { kind: "user", tenantId: principal.tenantId, userId: principal.userId, role: principal.role, requestId }
    : { kind: "token", tenantId: principal.tenantId, tokenId: principal.tokenId, requestId };
}

export const systemActor = (tenantId: string, requestId?: string): Actor => ({ kind: "system", tenantId, requestId });

/** The user acting, or null for a token or Sieve itself. */
export const actingUserId = (actor: Actor): string | null => (actor.kind === "user" ? actor.userId : null);

/** The API token acting, or null for a user or Sieve itself. */
export const actingTokenId = (actor: Actor): string | null => (actor.kind === "token" ? actor.tokenId : null);
