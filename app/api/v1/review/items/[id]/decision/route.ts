import { apiRoute } from "@/lib/http/api-route";
import { idParams } from "@/lib/core/ids";
import { decideItem } from "@/lib/review/decisions";
import { decisionBodySchema, decisionResultSchema } from "@/lib/review/review-contract";

export const POST = apiRoute({ access: { console: true }, params: idParams, body: decisionBodySchema, response: decisionResultSchema }, async ({ actor, params, body }) =>
  decideItem(actor, params.id, body),
);
