import { apiRoute } from "@/lib/http/api-route";
import { idParams } from "@/lib/core/ids";
import { documentDetailSchema } from "@/lib/documents/document-contract";
import { getDocument } from "@/lib/documents/read-documents";

export const GET = apiRoute({ access: { scope: "read" }, params: idParams, response: documentDetailSchema }, async ({ actor, params }) =>
  getDocument(actor.tenantId, params.id),
);
