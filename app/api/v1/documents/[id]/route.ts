import { authorize } from "@/lib/api/authorize";
import { route } from "@/lib/api/respond";
import { idParams } from "@/lib/api/schemas/common";
import { getDocument } from "@/lib/documents/read-documents";

export const GET = route(async (request, context) => {
  const principal = await authorize(request, context, { scope: "read" });
  const { id } = idParams.parse(context.params);
  return Response.json(await getDocument(principal.tenantId, id));
});
