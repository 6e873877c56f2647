import { apiRoute } from "@/lib/http/api-route";
import { idParams } from "@/lib/core/ids";
import { vendorMergeSchema, vendorSchema } from "@/lib/vendors/vendor-contract";
import { mergeVendor } from "@/lib/vendors/vendor-edit";

export const POST = apiRoute({ access: { console: true }, params: idParams, body: vendorMergeSchema, response: vendorSchema }, async ({ actor, params, body }) =>
  mergeVendor(actor, params.id, body.duplicateId),
);
