import { z } from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiResponseObject } from "zod-openapi";
import { errorBodySchema, type Access, type OperationSpec } from "@/lib/core/contract";

// Turns a domain's operation contract into its OpenAPI entry, the same way for every operation:
// who may call it, which rate-limit headers come back, and the one error shape for every failure status.

const rateLimitHeaders = z.object({
  "RateLimit-Limit": z.string().meta({ description: "Requests allowed per window for this token (or console user)" }),
  "RateLimit-Remaining": z.string().meta({ description: "Requests left in the current window" }),
  "RateLimit-Reset": z.string().meta({ description: "Seconds until the window resets" }),
  "RateLimit-Policy": z.string().meta({ description: "limit;w=window seconds" }),
});

const errorDescriptions: Record<number, string> = {
  400: "Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`)",
  401: "No valid credentials (`unauthenticated`)",
  402: "The run would exceed its budget (`budget_exceeded`)",
  403: "Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`)",
  404: "Not found, or belongs to another tenant (`not_found`)",
  409: "Conflict with the current state (`invalid_state`, `idempotency_in_progress`, …)",
  413: "The upload is too large (`payload_too_large`)",
  415: "The file type is not supported (`unsupported_media_type`)",
  422: "Understood but refused (`unprocessable_document`, `idempotency_key_reused`, `webhook_address_not_allowed`)",
  429: "Rate limit reached (`rate_limited`); wait Retry-After seconds",
  500: "Our fault (`internal`); quote the request id",
  503: "Not ready (`unavailable`)",
};

function errorResponse(status: number): ZodOpenApiResponseObject {
  return {
    description: errorDescriptions[status] ?? "Error",
    content: { "application/json": { schema: errorBodySchema } },
    ...(status === 429 ? { headers: rateLimitHeaders.extend({ "Retry-After": z.string().meta({ description: "Seconds to wait" }) }) } : {}),
  };
}

function security(access: Access): ZodOpenApiOperationObject["security"] {
  if (access === "public") return [];
  if (access === "any-principal") return [{ bearerAuth: [] }, { cookieAuth: [] }];
  if (access === "console" || access === "console-admin" || access === "console-operator") return [{ cookieAuth: [] }];
  // For non-OAuth schemes OpenAPI 3.1 lists required roles here; ours are the token's scopes.
  return [{ bearerAuth: [access.scope] }, { cookieAuth: [] }];
}

function accessNote(access: Access): string {
  if (access === "public") return "No authentication.";
  if (access === "any-principal") return "Any valid bearer token, or a console session.";
  if (access === "console") return "Console session.";
  if (access === "console-admin") return "Console admins only (session cookie + `x-csrf-token` on changes); API tokens are refused.";
  if (access === "console-operator") {
    return "Installation operators only (session cookie + `x-csrf-token` on changes): the setting applies to every tenant, so tenant admins and API tokens are refused.";
  }
  return `Bearer token with the \`${access.scope}\` scope, or a console session (\`x-csrf-token\` on changes). Only the caller's tenant's data is visible.`;
}

/**
 * One operation: its access rule becomes `security`, a note in the description and the auth error
 * responses; rate-limited operations (all that authenticate through lib/api/authorize) document
 * the RateLimit headers on every response and the 429.
 */
export function operation(spec: OperationSpec): ZodOpenApiOperationObject {
  const { method: _method, path: _path, access, errors = [], responses, description, rateLimited = access !== "public", ...rest } = spec;
  const authErrors = access === "public" ? [] : [401, 403];
  const statuses = [...new Set([...authErrors, ...errors, ...(rateLimited ? [429] : []), 500])].sort();
  const withLimits = (response: ZodOpenApiResponseObject): ZodOpenApiResponseObject =>
    rateLimited && !response.headers ? { ...response, headers: rateLimitHeaders } : response;
  return {
    ...rest,
    description: [description, accessNote(access)].filter(Boolean).join("\n\n"),
    security: security(access),
    responses: Object.fromEntries(
      [...Object.entries(responses), ...statuses.map((s) => [String(s), errorResponse(s)] as const)].map(([status, response]) => [
        status,
        withLimits(response as ZodOpenApiResponseObject),
      ]),
    ),
  };
}
