import "server-only";
import { afterCursor, page } from "@/lib/core/cursor";
import { notFound } from "@/lib/core/errors";
import type { DocumentDetail, DocumentView, ListDocumentsQuery } from "@/lib/documents/document-contract";
import { db } from "@/lib/db";
import { documentOmit, runResultInclude } from "@/lib/documents/run-includes";
import { documentDetailView, documentView } from "@/lib/documents/views";

// Every query here is scoped by tenant: another tenant's document is indistinguishable from a missing one.

export async function getDocument(tenantId: string, id: string): Promise<DocumentDetail> {
  const document = await db.document.findFirst({
    where: { id, tenantId },
    omit: documentOmit,
    include: { runs: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, include: runResultInclude } },
  });
  if (!document) throw notFound("Document");
  return documentDetailView(document, document.runs[0] ?? null);
}

export async function listDocuments(tenantId: string, query: ListDocumentsQuery): Promise<{ data: DocumentView[]; nextCursor: string | null }> {
  const rows = await db.document.findMany({
    where: { tenantId, ...(query.status ? { status: query.status } : {}), ...afterCursor(query.cursor) },
    omit: documentOmit,
    include: { runs: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1 } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  const { items, nextCursor } = page(rows, query.limit);
  return { data: items.map((d) => documentView(d, d.runs[0] ?? null)), nextCursor };
}
