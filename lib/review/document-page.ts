import "server-only";
import { notFound } from "@/lib/core/errors";
import { db } from "@/lib/db";
import { pdfPageImage } from "@/lib/ingest/pdf-reading";

// One page of a stored PDF as an image, for the review screen to draw field boxes over (a PDF in
// an iframe cannot be overlaid). Same tenant scoping and headers as the file itself.

export async function documentPageResponse(tenantId: string, documentId: string, page: number, ifNoneMatch: string | null): Promise<Response> {
  const meta = await db.document.findFirst({ where: { id: documentId, tenantId }, select: { sha256: true, mime: true, pageCount: true } });
  if (!meta || meta.mime !== "application/pdf") throw notFound("Document");
  if (meta.pageCount !== null && page > meta.pageCount) throw notFound("Page");
  const etag = `"${meta.sha256}-p${page}"`;
  const common = { etag, "cache-control": "private, max-age=3600", "x-content-type-options": "nosniff" };
  if (ifNoneMatch === etag) return new Response(null, { status: 304, headers: common });

  const { bytes } = await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { bytes: true } });
  const png = await pdfPageImage(new Uint8Array(bytes), page);
  if (!png) throw notFound("Page");
  return new Response(png, {
    headers: { ...common, "content-type": "image/png", "content-length": String(png.byteLength), "content-security-policy": "default-src 'none'" },
  });
}
