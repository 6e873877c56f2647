import { authorize } from "@/lib/api/authorize";
import { route } from "@/lib/api/respond";
import { idParams } from "@/lib/api/schemas/common";
import { getRun } from "@/lib/documents/read-runs";

export const GET = route(async (request, context) => {
  const principal = await authorize(request, context, { scope: "read" });
  const { id } = idParams.parse(context.params);
  return Response.json(await getRun(principal.tenantId, id));
});
