import "server-only";
import { AppError } from "@/lib/core/errors";
import { findActiveToken } from "@/lib/auth/api-tokens";
import { type ApiScope } from "@/lib/core/actor";
import { SESSION_COOKIE, sessionFromToken } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/enums";
import { hasRole, ROLE_REFUSAL } from "@/lib/auth/roles";

export type Principal =
  | { kind: "user"; tenantId: string; userId: string; role: Role; name: string; email: string; csrfToken: string }
  | { kind: "token"; tenantId: string; tokenId: string; scopes: ApiScope[]; name: string };

export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get("cookie") ?? "";
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface AuthRequirement {
  /** Scopes an API token must hold. Console users act with every scope of their tenant. */
  scope?: ApiScope;
  /** Restricts to console users with this role or a higher one (lib/auth/roles.ts). */
  role?: Role;
  /** Only console sessions may call this (e.g. token management). */
  consoleOnly?: boolean;
}

// A second line behind the CSRF token: browsers say where a request comes from, so a change sent
// from another site is refused outright. Clients that send neither header (scripts, tests) rely
// on the token alone. Behind a proxy the public host arrives as X-Forwarded-Host.
function isCrossSite(request: Request): boolean {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin") return true;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host") || new URL(request.url).host;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/**
 * Resolves who is calling: a bearer API token (mobile app) or a console session cookie.
 * Cookie-authenticated mutations must carry the session's CSRF token in `x-csrf-token`.
 */
export async function authenticate(request: Request, requirement: AuthRequirement = {}): Promise<Principal> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const secret = /^Bearer\s+(.+)$/i.exec(authorization)?.[1]?.trim();
    const token = secret ? await findActiveToken(secret) : null;
    if (!token) throw new AppError("unauthenticated", "The API token is missing, malformed, revoked or unknown");
    if (requirement.consoleOnly || requirement.role) throw new AppError("forbidden", "This endpoint is for console users");
    const scopes = token.scopes as ApiScope[];
    if (requirement.scope && !scopes.includes(requirement.scope)) {
      throw new AppError("forbidden", `This API token lacks the '${requirement.scope}' scope`);
    }
    return { kind: "token", tenantId: token.tenantId, tokenId: token.id, scopes, name: token.name };
  }

  const session = await sessionFromToken(readCookie(request, SESSION_COOKIE));
  if (!session) throw new AppError("unauthenticated", "Sign in, or send an API token as 'Authorization: Bearer …'");
  if (!SAFE_METHODS.has(request.method) && request.headers.get("x-csrf-token") !== session.csrfToken) {
    throw new AppError("csrf_failed", "Missing or wrong x-csrf-token header for a cookie-authenticated change");
  }
  if (!SAFE_METHODS.has(request.method) && isCrossSite(request)) {
    throw new AppError("csrf_failed", "A cookie-authenticated change must come from the console's own origin");
  }
  const { user } = session;
  if (requirement.role && !hasRole(user.role, requirement.role)) throw new AppError("forbidden", ROLE_REFUSAL[requirement.role]);
  return { kind: "user", tenantId: user.tenantId, userId: user.id, role: user.role, name: user.name, email: user.email, csrfToken: session.csrfToken };
}
