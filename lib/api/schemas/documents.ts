import { z } from "zod";
import { DocumentStatus } from "@/lib/generated/prisma/enums";
import { idSchema, isoDateTime, pageOf, paginationQuery } from "@/lib/api/schemas/common";
import { runSchema, runSummarySchema } from "@/lib/api/schemas/runs";

export const documentStatusSchema = z.enum(DocumentStatus).meta({ id: "DocumentStatus" });

export const documentSchema = z
  .object({
    id: idSchema,
    filename: z.string(),
    mime: z.string().meta({ description: "Sniffed from the bytes, not taken from the client" }),
    size: z.number().int().meta({ description: "Bytes" }),
    sha256: z.string(),
    pageCount: z.number().int().nullable(),
    status: documentStatusSchema,
    docType: z.string().nullable(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    latestRun: runSummarySchema.nullable(),
  })
  .meta({ id: "Document" });

export const documentDetailSchema = documentSchema
  .extend({ latestRun: runSchema.nullable() })
  .meta({ id: "DocumentDetail", description: "A document with its latest run's result" });

export const listDocumentsQuery = paginationQuery.extend({
  status: documentStatusSchema.optional().meta({ description: "Only documents in this status" }),
});

export const documentPageSchema = pageOf(documentSchema).meta({ id: "DocumentPage" });

export type DocumentView = z.infer<typeof documentSchema>;
export type DocumentDetail = z.infer<typeof documentDetailSchema>;
export type ListDocumentsQuery = z.infer<typeof listDocumentsQuery>;
