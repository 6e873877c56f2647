import { z } from "zod";
import { defineOperation, isoDateTime, jsonBody, jsonResponse, pageOf, paginationQuery } from "@/lib/core/contract";
import { idParams, idSchema } from "@/lib/core/ids";

// The tenant's vendor memory on the wire: what the review screen says about a run's vendor
// ("known vendor (12 approved documents)" or "new vendor"), and the registry reviewers browse,
// correct and de-duplicate.

export const runVendorSchema = z
  .object({
    known: z.boolean(),
    vendorId: idSchema.nullable().meta({ description: "The known vendor (null: a new vendor)" }),
    name: z.string().nullable().meta({ description: "The known vendor's name (null: a new vendor)" }),
    approvedDocuments: z.number().int().meta({ description: "The vendor's approved documents when the run was matched" }),
    matchedBy: z.enum(["tax_id", "iban", "name"]).nullable(),
    changes: z.array(z.object({ field: z.string(), from: z.string().nullable(), to: z.string() })).meta({ description: "Values vendor memory replaced by the known spelling" }),
  })
  .meta({ id: "RunVendor" });

export type RunVendor = z.infer<typeof runVendorSchema>;

export const vendorSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    aliases: z.array(z.string()).meta({ description: "Other spellings approved for this vendor; documents printing them match too" }),
    address: z.string().nullable(),
    taxId: z.string().nullable(),
    iban: z.string().nullable().meta({ description: "Electronic format (no spaces)" }),
    currency: z.string().nullable(),
    usualDocType: z.string().nullable().meta({ description: "The document type this vendor sends most" }),
    approvedDocuments: z.number().int(),
    lastSeenAt: isoDateTime.meta({ description: "The vendor's latest document: its first approval, or the latest run matched to it" }),
    createdAt: isoDateTime,
    version: z.number().int().meta({ description: "Send it back with an edit (optimistic concurrency)" }),
  })
  .meta({ id: "Vendor" });

export type VendorView = z.infer<typeof vendorSchema>;

export const listVendorsQuery = paginationQuery.extend({
  q: z.string().trim().min(1).max(200).optional().meta({ description: "The name contains this (any case)" }),
});
export type ListVendorsQuery = z.infer<typeof listVendorsQuery>;

export const vendorPageSchema = pageOf(vendorSchema).meta({ id: "VendorPage" });

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional().meta({ description: "Null or empty clears it" });

export const vendorUpdateSchema = z
  .object({
    version: z.number().int().nonnegative().meta({ description: "The `version` you saw; a newer one answers 409 `stale_version`" }),
    name: z.string().trim().min(1).max(200).optional(),
    address: optionalText(500),
    taxId: optionalText(40).meta({ description: "A VAT id with a country prefix (e.g. DE…) is checked for its country's format" }),
    iban: optionalText(42).meta({ description: "Checked for its country format and check digits" }),
    currency: z.string().trim().regex(/^[A-Z]{3}$/, "A three-letter ISO 4217 code, e.g. EUR").nullable().optional(),
  })
  .meta({ id: "VendorUpdate" });
export type VendorUpdate = z.infer<typeof vendorUpdateSchema>;

export const vendorMergeSchema = z
  .object({ duplicateId: idSchema.meta({ description: "The vendor merged away: its documents, spellings and counts move to this one" }) })
  .meta({ id: "VendorMerge" });

const tags = ["Vendors"];

export const vendorOperations = {
  listVendors: defineOperation({
    method: "get",
    path: "/api/v1/vendors",
    operationId: "listVendors",
    tags,
    summary: "The tenant's known vendors",
    description: "Newest first. Cursor pagination: pass `nextCursor` back as `cursor`.",
    access: "console",
    requestParams: { query: listVendorsQuery },
    responses: { "200": jsonResponse("A page of vendors", vendorPageSchema) },
    errors: [400],
  }),
  getVendor: defineOperation({
    method: "get",
    path: "/api/v1/vendors/{id}",
    operationId: "getVendor",
    tags,
    summary: "One known vendor",
    access: "console",
    requestParams: { path: idParams },
    responses: { "200": jsonResponse("The vendor", vendorSchema) },
    errors: [404],
  }),
  updateVendor: defineOperation({
    method: "patch",
    path: "/api/v1/vendors/{id}",
    operationId: "updateVendor",
    tags,
    summary: "Correct a vendor's name, address, identifiers or currency",
    description:
      "The next documents from this vendor are read with these values. An invalid IBAN or VAT id answers 400 `invalid_request` " +
      "with `details.field` and `details.rule` (`iban_checksum`, `vat_id_format`). Optimistic concurrency: a stale `version` answers 409 `stale_version`.",
    access: "console",
    requestParams: { path: idParams },
    requestBody: jsonBody(vendorUpdateSchema),
    responses: { "200": jsonResponse("The vendor as saved", vendorSchema) },
    errors: [400, 404, 409],
  }),
  mergeVendors: defineOperation({
    method: "post",
    path: "/api/v1/vendors/{id}/merge",
    operationId: "mergeVendors",
    tags,
    summary: "Merge a duplicate into this vendor",
    description: "The duplicate's spellings, counts and documents move to this vendor; the duplicate's id answers 404 afterwards.",
    access: "console",
    requestParams: { path: idParams },
    requestBody: jsonBody(vendorMergeSchema),
    responses: { "200": jsonResponse("The vendor after the merge", vendorSchema) },
    errors: [400, 404],
  }),
};
