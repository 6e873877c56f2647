import { apiRoute } from "@/lib/http/api-route";
import { idParams } from "@/lib/core/ids";
import { correctField } from "@/lib/review/field-corrections";
import { correctFieldBodySchema, reviewFieldSchema } from "@/lib/review/review-contract";

/** Stores a correction; refused with 409 `stale_version` when the field changed since `version`. */
export const PATCH = apiRoute({ access: { console: true }, params: idParams, body: correctFieldBodySchema, response: reviewFieldSchema }, async ({ actor, params, body }) =>
  correctField(actor, params.id, body),
);
