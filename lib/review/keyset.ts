import { z } from "zod";
import { AppError } from "@/lib/core/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QueueSort } from "@/lib/review/queue-contract";

// Keyset ("seek") pagination for the review queue. OFFSET pages get slower the deeper they go;
// seeking from the last row seen costs the same on page 1 and page 2,000.
//
// Sort orders mix directions (priority DESC, then oldest first), so a single row comparison cannot
// express "after the cursor". Instead the rows after the cursor are split into levels, each of which
// is one index range scan: for keys (a, b, id) and cursor (A, B, I) they are
//   a = A AND b = B AND id > I,   then   a = A AND b > B,   then   a after A
// in that order. Reading level by level until the page is full yields exactly the sorted rows.

type SortField = "priority" | "createdAt" | "slaDueAt" | "confidence" | "id";
type Direction = "asc" | "desc";
interface SortKey {
  field: SortField;
  dir: Direction;
  /** PostgreSQL's own default: NULLs sort last ascending and first descending; indexes use the same. */
  nullable?: boolean;
}

export const sortKeys: Record<QueueSort, SortKey[]> = {
  priority: [
    { field: "priority", dir: "desc" },
    { field: "createdAt", dir: "asc" },
    { field: "id", dir: "asc" },
  ],
  sla: [
    { field: "slaDueAt", dir: "asc", nullable: true },
    { field: "id", dir: "asc" },
  ],
  oldest: [
    { field: "createdAt", dir: "asc" },
    { field: "id", dir: "asc" },
  ],
  newest: [
    { field: "createdAt", dir: "desc" },
    { field: "id", dir: "desc" },
  ],
  confidence: [
    { field: "confidence", dir: "asc", nullable: true },
    { field: "id", dir: "asc" },
  ],
};

type CursorValue = string | number | null;
export type SortRow = Pick<Prisma.ReviewItemGetPayload<object>, SortField>;

const cursorSchema = z.object({ s: z.string(), v: z.array(z.union([z.string(), z.number(), z.null()])) });

export function encodeCursor(sort: QueueSort, row: SortRow): string {
  const values = sortKeys[sort].map(({ field }) => {
    const value = row[field];
    return value instanceof Date ? value.toISOString() : value;
  });
  return Buffer.from(JSON.stringify({ s: sort, v: values })).toString("base64url");
}

export function decodeCursor(sort: QueueSort, cursor: string): CursorValue[] {
  let parsed: z.infer<typeof cursorSchema>;
  try {
    parsed = cursorSchema.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    throw new AppError("invalid_request", "The cursor is not one this API handed out");
  }
  const keys = sortKeys[sort];
  if (parsed.s !== sort || parsed.v.length !== keys.length) {
    throw new AppError("invalid_request", "The cursor belongs to another sort order; start again from the first page");
  }
  keys.forEach((key, i) => {
    const value = parsed.v[i];
    const ok =
      value === null ? key.nullable === true
      : key.field === "createdAt" || key.field === "slaDueAt" ? typeof value === "string" && !Number.isNaN(Date.parse(value))
      : key.field === "id" ? typeof value === "string"
      : typeof value === "number";
    if (!ok) throw new AppError("invalid_request", "The cursor is malformed");
  });
  return parsed.v;
}

function typed(field: SortField, value: CursorValue): string | number | Date | null {
  return value !== null && (field === "createdAt" || field === "slaDueAt") ? new Date(value) : value;
}

/** The conditions for the rows strictly after `value` on one key, in sort order (one seek each). */
function after(key: SortKey, value: CursorValue): Prisma.ReviewItemWhereInput[] {
  const { field, dir, nullable } = key;
  if (value === null) return dir === "asc" ? [] : [{ [field]: { not: null } }];
  const beyond = { [field]: { [dir === "asc" ? "gt" : "lt"]: typed(field, value) } };
  return nullable && dir === "asc" ? [beyond, { [field]: null }] : [beyond];
}

/**
 * The where-clauses, in order, that together select every row after the cursor; each is a prefix
 * of equalities plus one range on the next key, which an index on the sort keys answers directly.
 */
export function keysetLevels(sort: QueueSort, cursor: CursorValue[]): Prisma.ReviewItemWhereInput[] {
  const keys = sortKeys[sort];
  const levels: Prisma.ReviewItemWhereInput[] = [];
  for (let depth = keys.length - 1; depth >= 0; depth--) {
    const prefix = keys.slice(0, depth).map((key, i) => ({ [key.field]: typed(key.field, cursor[i]) }));
    for (const condition of after(keys[depth], cursor[depth])) levels.push({ AND: [...prefix, condition] });
  }
  return levels;
}

export function orderBy(sort: QueueSort): Prisma.ReviewItemOrderByWithRelationInput[] {
  return sortKeys[sort].map(({ field, dir, nullable }) =>
    nullable ? { [field]: { sort: dir, nulls: dir === "asc" ? "last" : "first" } } : { [field]: dir },
  );
}
