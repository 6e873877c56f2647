import { apiRoute } from "@/lib/http/api-route";
import { documentPageResponse } from "@/lib/review/document-page";
import { pageParams } from "@/lib/review/review-contract";

/** One page of a PDF as a PNG, for the review screen's highlights. */
export const GET = apiRoute({ access: { scope: "read" }, params: pageParams }, async ({ actor, params, request }) =>
  documentPageResponse(actor.tenantId, params.id, params.page, request.headers.get("if-none-match")),
);
