import { z } from "zod";
import { errorStatus, type ErrorCode } from "@/lib/api/errors";
import { Role } from "@/lib/generated/prisma/enums";

// Shapes shared by every endpoint. `.meta({ id })` makes each a named component in the OpenAPI document.

export const isoDateTime = z.iso.datetime().meta({ description: "UTC time, ISO 8601", example: "2026-03-01T09:30:00.000Z" });

export const idSchema = z.string().min(1).max(64).meta({ description: "An opaque identifier", example: "cmb0x9k2a0000abcd1234efgh" });

export const idParams = z.object({ id: idSchema });

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
