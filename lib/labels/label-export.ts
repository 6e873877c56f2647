import "server-only";
import { db } from "@/lib/db";
import type { LabelLine } from "@/lib/labels/label-contract";

// A tenant's labelled records as dataset lines, read a page at a time so an export of any size
// streams. Only approved documents are labels: a rejected one has no right answer to learn.

const PAGE = 200;

type Row = { id: string; documentId: string; docType: string; fields: unknown; approvedBy: string; approvedAt: Date; correctedFields: string[] };

function toLine(tenantId: string, record: Row, document: { text: string | null; reading: unknown }): LabelLine {
  const fields = Object.fromEntries(Object.entries(record.fields as Record<string, string | null>).filter(([name]) => name !== "line_items"));
  return {
    id: record.documentId,
    type: record.docType,
    text: document.text ?? "",
    fields,
    approved_by: record.approvedBy === "human" ? "human" : "pipeline",
    approved_at: record.approvedAt.toISOString(),
    corrected_fields: record.correctedFields,
    reading: document.reading ?? null,
    source: `sieve:tenant/${tenantId}/document/${record.documentId}`,
  };
}

export async function* labelLines(tenantId: string): AsyncGenerator<LabelLine> {
  let after: { approvedAt: Date; id: string } | null = null;
  for (;;) {
    const page: Row[] = await db.labelRecord.findMany({
      where: { tenantId, rejected: false, ...(after && { OR: [{ approvedAt: { gt: after.approvedAt } }, { approvedAt: after.approvedAt, id: { gt: after.id } }] }) },
      orderBy: [{ approvedAt: "asc" }, { id: "asc" }],
      take: PAGE,
    });
    if (page.length === 0) return;
    const documents = await db.document.findMany({ where: { tenantId, id: { in: page.map((r) => r.documentId) } }, select: { id: true, text: true, reading: true } });
    const byId = new Map(documents.map((d) => [d.id, d]));
    for (const record of page) {
      const document = byId.get(record.documentId);
      if (document) yield toLine(tenantId, record, document);
    }
    const last = page.at(-1)!;
    after = { approvedAt: last.approvedAt, id: last.id };
  }
}

/** The export as a streamed JSON-lines response. */
export function labelsResponse(tenantId: string): Response {
  const lines = labelLines(tenantId);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(JSON.stringify(next.value) + "\n"));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  return new Response(body, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
}
