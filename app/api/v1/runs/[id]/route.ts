import { authorize } from "@/lib/http/authorize";
import { route } from "@/lib/http/respond";
import { idParams } from "@/lib/core/ids";
import { getRun } from "@/lib/documents/read-runs";

export const GET = route(async (request, context) => {
  const principal = await authorize(request, context, { scope: "read" });
  const { id } = idParams.parse(context.params);
  return Response.json(await getRun(principal.tenantId, id));
});
