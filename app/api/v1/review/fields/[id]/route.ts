import { authorize } from "@/lib/http/authorize";
import { readJson, route } from "@/lib/http/respond";
import { idParams } from "@/lib/core/ids";
import { correctField } from "@/lib/review/field-corrections";
import { reviewActor } from "@/lib/review/review-actor";
import { correctFieldBodySchema } from "@/lib/review/review-contract";

/** Stores a correction; refused with 409 `stale_version` when the field changed since `version`. */
export const PATCH = route(async (request, context) => {
  const actor = reviewActor(await authorize(request, context, { consoleOnly: true }), context.requestId);
  const { id } = idParams.parse(context.params);
  return Response.json(await correctField(actor, id, await readJson(request, correctFieldBodySchema)));
});
