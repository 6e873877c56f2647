import { apiRoute } from "@/lib/http/api-route";
import { idParams } from "@/lib/core/ids";
import { getReviewDocument } from "@/lib/review/review-document";
import { reviewDocumentSchema } from "@/lib/review/review-contract";

export const GET = apiRoute({ access: { console: true }, params: idParams, response: reviewDocumentSchema }, async ({ actor, params }) =>
  getReviewDocument(actor.tenantId, actor.userId, params.id),
);
