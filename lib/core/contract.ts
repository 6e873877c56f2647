import { z } from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiResponseObject, ZodOpenApiResponsesObject } from "zod-openapi";
import type { ApiScope } from "@/lib/core/actor";
import { errorStatus, type ErrorCode } from "@/lib/core/errors";
import { Role } from "@/lib/generated/prisma/enums";

// What every domain's contract file (lib/<domain>/*-contract.ts) is made of: shared shapes, and
// `defineOperation`, one HTTP operation's request, response and OpenAPI metadata in one place.
// The route wrapper (lib/http/route.ts) parses and checks with them; lib/openapi only collects them.
// `.meta({ id })` makes a schema a named component in the OpenAPI document.

export const isoDateTime = z.iso.datetime().meta({ description: "UTC time, ISO 8601", example: "2026-03-01T09:30:00.000Z" });

export const roleSchema = z.enum(Role).meta({ id: "Role", description: "reviewer < admin < operator: each can do what the ones before it can" });

export const errorCodeSchema = z.enum(Object.keys(errorStatus) as [ErrorCode, ...ErrorCode[]]).meta({ id: "ErrorCode" });

export const errorBodySchema = z
  .object({
    error: z.object({
      code: errorCodeSchema,
      message: z.string().meta({ description: "For people; may change. Branch on `code`." }),
      requestId: z.string().meta({ description: "Also in the x-request-id header and in our logs" }),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .meta({ id: "Error", description: "The one shape of every failure" });

export const paginationQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20).meta({ description: "Page size (1–100)" }),
  cursor: z.string().max(500).optional().meta({ description: "`nextCursor` from the previous page" }),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page" }),
  });

/** Who may call an operation: a token scope (or any console user), any principal, console users by role, or anyone. */
export type Access = { scope: ApiScope } | "any-principal" | "console" | "console-admin" | "console-operator" | "public";

/** Statuses an operation may fail with besides the ones its access implies (401, 403, 429, 500). */
export type ErrorStatus = 400 | 401 | 402 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503;

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

export interface OperationSpec extends Omit<ZodOpenApiOperationObject, "responses" | "security" | "operationId"> {
  method: HttpMethod;
  /** OpenAPI path, e.g. /api/v1/documents/{id} */
  path: string;
  operationId: string;
  access: Access;
  responses: ZodOpenApiResponsesObject;
  errors?: ErrorStatus[];
  /** Defaults to true for every operation that authenticates. */
  rateLimited?: boolean;
}

/** One operation's contract. Identity at run time; the type keeps every contract complete. */
export const defineOperation = <const T extends OperationSpec>(spec: T): T => spec;

/** A required JSON request body. */
export const jsonBody = (schema: z.ZodType) => ({ required: true, content: { "application/json": { schema } } });

export function jsonResponse(description: string, schema: z.ZodType): ZodOpenApiResponseObject {
  return { description, content: { "application/json": { schema } } };
}
