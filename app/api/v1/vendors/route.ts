import { apiRoute } from "@/lib/http/api-route";
import { listVendorsQuery, vendorPageSchema } from "@/lib/vendors/vendor-contract";
import { listVendors } from "@/lib/vendors/vendor-read";

export const GET = apiRoute({ access: { console: true }, query: listVendorsQuery, response: vendorPageSchema, headers: { "cache-control": "no-store" } }, async ({ actor, query }) =>
  listVendors(actor.tenantId, query),
);
