import { authorize } from "@/lib/http/authorize";
import { idempotent, readIdempotencyKey } from "@/lib/http/idempotency";
import { readQuery } from "@/lib/http/query";
import { route } from "@/lib/http/respond";
import { listDocumentsQuery } from "@/lib/documents/document-contract";
import { listDocuments } from "@/lib/documents/read-documents";
import { maxUploadBodyBytes, readUpload } from "@/lib/ingest/read-upload";
import { submitDocument } from "@/lib/pipeline/start-run";
import { uploadAccepted } from "@/lib/pipeline/upload-view";
import { uploadFieldsSchema } from "@/lib/pipeline/pipeline-contract";

export const GET = route(async (request, context) => {
  const principal = await authorize(request, context, { scope: "read" });
  return Response.json(await listDocuments(principal.tenantId, readQuery(request, listDocumentsQuery)));
});

// Upload: the document is stored (and its first run created) before the 202; the run then executes
// in the background and its progress streams from `streamUrl`.
export const POST = route(async (request, context) => {
  const principal = await authorize(request, context, { scope: "upload", bucket: "upload" });
  return idempotent(
    request,
    context,
    principal,
    async (request) => {
      const { file, fields } = await readUpload(request);
      const submitted = await submitDocument(
        { tenantId: principal.tenantId, apiTokenId: principal.kind === "token" ? principal.tokenId : null, userId: principal.kind === "user" ? principal.userId : null },
        file,
        { ...uploadFieldsSchema.parse(fields), requestId: context.requestId, idempotencyKey: readIdempotencyKey(request) ?? undefined },
      );
      return Response.json(uploadAccepted(submitted), { status: 202, headers: { location: `/api/v1/runs/${submitted.run.id}` } });
    },
    { maxBodyBytes: maxUploadBodyBytes() },
  );
});
