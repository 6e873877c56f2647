import { apiRoute } from "@/lib/http/api-route";
import { idempotent, readIdempotencyKey } from "@/lib/http/idempotency";
import { documentPageSchema, listDocumentsQuery } from "@/lib/documents/document-contract";
import { listDocuments } from "@/lib/documents/read-documents";
import { maxUploadBodyBytes, readUpload } from "@/lib/ingest/read-upload";
import { submitDocument } from "@/lib/pipeline/start-run";
import { uploadAccepted } from "@/lib/pipeline/upload-view";
import { uploadFieldsSchema } from "@/lib/pipeline/pipeline-contract";

export const GET = apiRoute({ access: { scope: "read" }, query: listDocumentsQuery, response: documentPageSchema }, async ({ actor, query }) =>
  listDocuments(actor.tenantId, query),
);

// Upload: the document is stored (and its first run created) before the 202; the run then executes
// in the background and its progress streams from `streamUrl`. Multipart and idempotent, so the
// handler reads its own body.
export const POST = apiRoute({ access: { scope: "upload", bucket: "upload" } }, async ({ actor, principal, request, context }) =>
  idempotent(
    request,
    context,
    principal,
    async (request) => {
      const { file, fields } = await readUpload(request);
      const submitted = await submitDocument(actor, file, {
        ...uploadFieldsSchema.parse(fields),
        requestId: context.requestId,
        idempotencyKey: readIdempotencyKey(request) ?? undefined,
      });
      return Response.json(uploadAccepted(submitted), { status: 202, headers: { location: `/api/v1/runs/${submitted.run.id}` } });
    },
    { maxBodyBytes: maxUploadBodyBytes() },
  ),
);
