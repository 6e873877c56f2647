import { authorize } from "@/lib/api/authorize";
import { readQuery } from "@/lib/api/query";
import { route } from "@/lib/api/respond";
import { listDocumentsQuery } from "@/lib/api/schemas/documents";
import { listDocuments } from "@/lib/documents/read-documents";

export const GET = route(async (request, context) => {
  const principal = await authorize(request, context, { scope: "read" });
  return Response.json(await listDocuments(principal.tenantId, readQuery(request, listDocumentsQuery)));
});
