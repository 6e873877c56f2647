import { apiRoute } from "@/lib/http/api-route";
import { idParams } from "@/lib/core/ids";
import { vendorSchema, vendorUpdateSchema } from "@/lib/vendors/vendor-contract";
import { updateVendor } from "@/lib/vendors/vendor-edit";
import { getVendor } from "@/lib/vendors/vendor-read";

export const GET = apiRoute({ access: { console: true }, params: idParams, response: vendorSchema, headers: { "cache-control": "no-store" } }, async ({ actor, params }) =>
  getVendor(actor.tenantId, params.id),
);

/** Reviewers correct vendor memory; refused with 409 `stale_version` when the vendor changed since `version`. */
export const PATCH = apiRoute({ access: { console: true }, params: idParams, body: vendorUpdateSchema, response: vendorSchema }, async ({ actor, params, body }) =>
  updateVendor(actor, params.id, body),
);
