import { authorize } from "@/lib/http/authorize";
import { route } from "@/lib/http/respond";
import { idParams } from "@/lib/core/ids";
import { documentFileResponse } from "@/lib/review/document-file";

/** The uploaded file itself, as stored (PDF and images inline, other types as a download). */
export const GET = route(async (request, context) => {
  const principal = await authorize(request, context, { scope: "read" });
  const { id } = idParams.parse(context.params);
  return documentFileResponse(principal.tenantId, id, request.headers.get("if-none-match"));
});
