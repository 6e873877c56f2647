import "server-only";
import { notFound } from "@/lib/core/errors";
import { db } from "@/lib/db";

// The stored bytes of a document, for the review screen's preview and the mobile app. Types a
// browser renders safely are served inline; anything else downloads. `nosniff` and a locked-down
// CSP stop an uploaded file from ever running as a page of this origin.

const INLINE_TYPES = new Set(["application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp", "text/plain"]);

export async function documentFileResponse(tenantId: string, documentId: string, ifNoneMatch: string | null): Promise<Response> {
  const meta = await db.document.findFirst({ where: { id: documentId, tenantId }, select: { sha256: true } });
  if (!meta) throw notFound("Document");
  const etag = `"${meta.sha256}"`;
  const common = { etag, "cache-control": "private, max-age=3600", "x-content-type-options": "nosniff" };
  if (ifNoneMatch === etag) return new Response(null, { status: 304, headers: common });

  const document = await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { bytes: true, mime: true, filename: true } });
  const inline = INLINE_TYPES.has(document.mime);
  const type = document.mime === "text/plain" ? "text/plain; charset=utf-8" : inline ? document.mime : "application/octet-stream";
  const filename = document.filename.replace(/["\\\r\n]/g, "_");
  return new Response(new Uint8Array(document.bytes), {
    headers: {
      ...common,
      "content-type": type,
      "content-length": String(document.bytes.byteLength),
      "content-disposition": `${inline ? "inline" : "attachment"}; filename="${filename.replace(/[^\x20-\x7e]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      // Nothing served here may script. PDFs need the browser's viewer, which `object-src 'none'` would block.
      "content-security-policy": `default-src 'none'; img-src 'self'; style-src 'unsafe-inline'${document.mime === "application/pdf" ? "; object-src 'self'" : ""}`,
    },
  });
}
