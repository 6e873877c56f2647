import { authorize } from "@/lib/http/authorize";
import { readOptionalJson } from "@/lib/http/optional-json";
import { route } from "@/lib/http/respond";
import { idParams } from "@/lib/core/ids";
import { cancelRunBodySchema } from "@/lib/pipeline/pipeline-contract";
import { getRun } from "@/lib/documents/read-runs";
import { cancelRun } from "@/lib/pipeline/cancel-run";

// Stops a run that has not reached a decision; the uploader's call, so it takes the upload scope.
export const POST = route(async (request, context) => {
  const principal = await authorize(request, context, { scope: "upload" });
  const { id } = idParams.parse(context.params);
  const { reason } = await readOptionalJson(request, cancelRunBodySchema);
  await cancelRun(
    { tenantId: principal.tenantId, userId: principal.kind === "user" ? principal.userId : null, apiTokenId: principal.kind === "token" ? principal.tokenId : null },
    id,
    { requestId: context.requestId, reason },
  );
  return Response.json(await getRun(principal.tenantId, id));
});
