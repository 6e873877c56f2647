import "server-only";
import { consumeRateLimit, rateLimitedError, rateLimitHeaders, type RateBucket } from "@/lib/http/rate-limit";
import type { RequestContext } from "@/lib/http/respond";
import { authenticate, type AuthRequirement } from "@/lib/auth/principal";
import { type Principal } from "@/lib/core/actor";
import { getStore } from "@/lib/store/get-store";

export interface AccessRequirement extends AuthRequirement {
  /** Which rate-limit bucket the call counts against; uploads have their own, smaller one. */
  bucket?: RateBucket;
}

/** Who the caller is, for logs: ids only, never a secret. */
export function principalLogFields(principal: Principal) {
  return principal.kind === "token"
    ? { tenantId: principal.tenantId, tokenId: principal.tokenId }
    : { tenantId: principal.tenantId, userId: principal.userId };
}

export const rateSubject = (principal: Principal) =>
  principal.kind === "token" ? `token:${principal.tokenId}` : `user:${principal.userId}`;

/**
 * The first line of every authenticated API route: resolves the principal (bearer token or console
 * session with CSRF), tags the request's log lines with it, and applies the per-caller rate limit,
 * whose headers go on the response whatever it turns out to be.
 */
export async function authorize(request: Request, context: RequestContext, requirement: AccessRequirement = {}): Promise<Principal> {
  const { bucket = "default", ...auth } = requirement;
  const principal = await authenticate(request, auth);
  context.log.setBindings(principalLogFields(principal));
  const decision = await consumeRateLimit(getStore(), bucket, rateSubject(principal));
  for (const [name, value] of Object.entries(rateLimitHeaders(decision))) context.responseHeaders.set(name, value);
  if (!decision.allowed) throw rateLimitedError(decision);
  return principal;
}
