import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, encodeCursor, keysetLevels, orderBy } from "@/lib/review/keyset";
import type { QueueItem, QueuePage, QueueQuery, ReviewReasonDetail } from "@/lib/review/queue-contract";

// The review queue: one tenant's items for a view, filtered, sorted and paged by keyset so that
// page 1 and page 2,000 of a 100,000-item queue cost the same few index reads.

const itemSelect = {
  id: true,
  documentId: true,
  runId: true,
  reason: true,
  reasons: true,
  priority: true,
  confidence: true,
  status: true,
  docType: true,
  assigneeId: true,
  claimExpiresAt: true,
  slaDueAt: true,
  createdAt: true,
  resolvedAt: true,
  resolution: true,
  version: true,
  document: { select: { filename: true } },
  assignee: { select: { id: true, name: true } },
} satisfies Prisma.ReviewItemSelect;

export type QueueRow = Prisma.ReviewItemGetPayload<{ select: typeof itemSelect }>;

const ID_LIKE = /^[a-z0-9]{20,40}$/i;

/** The WHERE for a view and its filters (without the cursor). */
export function queueWhere(tenantId: string, userId: string, query: Omit<QueueQuery, "cursor" | "limit" | "sort">): Prisma.ReviewItemWhereInput {
  const where: Prisma.ReviewItemWhereInput = {
    tenantId,
    ...(query.view === "open" && { status: "open" }),
    ...(query.view === "claimed" && { status: "claimed" }),
    ...(query.view === "mine" && { status: "claimed", assigneeId: userId }),
    ...(query.view === "resolved" && { status: "resolved" }),
    ...(query.reason && { reason: query.reason }),
    ...(query.docType && { docType: query.docType }),
  };
  if (query.q) where.OR = [{ document: { filename: { contains: query.q, mode: "insensitive" } } }];
  return where;
}

/**
 * The WHERE with search resolved: a pasted id matches exactly (three index lookups) when it names
 * an item, document or run of the tenant; anything else searches file names (trigram index).
 */
export async function resolvedQueueWhere(tenantId: string, userId: string, query: Omit<QueueQuery, "cursor" | "limit" | "sort">): Promise<Prisma.ReviewItemWhereInput> {
  const where = queueWhere(tenantId, userId, query);
  if (query.q && ID_LIKE.test(query.q)) {
    const byId: Prisma.ReviewItemWhereInput[] = [{ id: query.q }, { documentId: query.q }, { runId: query.q }];
    if (await db.reviewItem.findFirst({ where: { tenantId, OR: byId }, select: { id: true } })) where.OR = byId;
  }
  return where;
}

/** ReviewItem.reasons as the pipeline writes it ({reason, detail, fields}), tolerating bare strings. */
function reasonDetails(json: Prisma.JsonValue): ReviewReasonDetail[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((entry): ReviewReasonDetail[] => {
    if (typeof entry === "string") return [{ reason: entry, detail: null, fields: [] }];
    if (!entry || typeof entry !== "object" || Array.isArray(entry) || typeof entry.reason !== "string") return [];
    const fields = Array.isArray(entry.fields) ? entry.fields.filter((f): f is string => typeof f === "string") : [];
    return [{ reason: entry.reason, detail: typeof entry.detail === "string" ? entry.detail : null, fields }];
  });
}

export function toQueueItem(row: QueueRow): QueueItem {
  return {
    id: row.id,
    documentId: row.documentId,
    runId: row.runId,
    filename: row.document.filename,
    docType: row.docType,
    reason: row.reason,
    reasons: reasonDetails(row.reasons),
    priority: row.priority,
    confidence: row.confidence,
    status: row.status,
    assignee: row.assignee,
    claimExpiresAt: row.claimExpiresAt?.toISOString() ?? null,
    slaDueAt: row.slaDueAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    resolution: row.resolution,
    version: row.version,
  };
}

/** Rows in queue order after the cursor (or from the start), at most `limit`. */
export async function queueRows(where: Prisma.ReviewItemWhereInput, query: Pick<QueueQuery, "sort" | "cursor" | "limit">): Promise<QueueRow[]> {
  const order = orderBy(query.sort);
  if (!query.cursor) return db.reviewItem.findMany({ where, orderBy: order, take: query.limit, select: itemSelect });
  const rows: QueueRow[] = [];
  // Levels are disjoint and ordered: read them one after another until the page is full.
  for (const level of keysetLevels(query.sort, decodeCursor(query.sort, query.cursor))) {
    const need = query.limit - rows.length;
    if (need <= 0) break;
    rows.push(...(await db.reviewItem.findMany({ where: { AND: [where, level] }, orderBy: order, take: need, select: itemSelect })));
  }
  return rows;
}

export async function listQueue(tenantId: string, userId: string, query: QueueQuery): Promise<QueuePage> {
  const where = await resolvedQueueWhere(tenantId, userId, query);
  // One extra row tells whether another page exists without a second query.
  const [rows, total] = await Promise.all([queueRows(where, { ...query, limit: query.limit + 1 }), db.reviewItem.count({ where })]);
  const page = rows.slice(0, query.limit);
  const hasMore = rows.length > query.limit;
  return {
    items: page.map(toQueueItem),
    nextCursor: hasMore && page.length ? encodeCursor(query.sort, page[page.length - 1]) : null,
    total,
  };
}

/** Unresolved counts per reason, for the filter chips. */
export async function queueCounts(tenantId: string, userId: string) {
  const [byReason, mine, claimed] = await Promise.all([
    db.reviewItem.groupBy({ by: ["reason"], where: { tenantId, status: "open" }, _count: { _all: true } }),
    db.reviewItem.count({ where: { tenantId, status: "claimed", assigneeId: userId } }),
    db.reviewItem.count({ where: { tenantId, status: "claimed" } }),
  ]);
  const open = Object.fromEntries(byReason.map((g) => [g.reason, g._count._all])) as Partial<Record<QueueItem["reason"], number>>;
  return { open, openTotal: byReason.reduce((sum, g) => sum + g._count._all, 0), mine, claimed };
}
