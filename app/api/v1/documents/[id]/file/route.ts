import { apiRoute } from "@/lib/http/api-route";
import { idParams } from "@/lib/core/ids";
import { documentFileResponse } from "@/lib/review/document-file";

/** The uploaded file itself, as stored (PDF and images inline, other types as a download). */
export const GET = apiRoute({ access: { scope: "read" }, params: idParams }, async ({ actor, params, request }) =>
  documentFileResponse(actor.tenantId, params.id, request.headers.get("if-none-match")),
);
