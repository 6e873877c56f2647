import { apiRoute } from "@/lib/http/api-route";
import { idParams } from "@/lib/core/ids";
import { cancelRunBodySchema } from "@/lib/pipeline/pipeline-contract";
import { runSchema } from "@/lib/documents/run-contract";
import { getRun } from "@/lib/documents/read-runs";
import { cancelRun } from "@/lib/pipeline/cancel-run";

// Stops a run that has not reached a decision; the uploader's call, so it takes the upload scope.
export const POST = apiRoute(
  { access: { scope: "upload" }, params: idParams, body: cancelRunBodySchema, bodyOptional: true, response: runSchema },
  async ({ actor, params, body }) => {
    await cancelRun(actor, params.id, { reason: body.reason });
    return getRun(actor.tenantId, params.id);
  },
);
