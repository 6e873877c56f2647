import { z } from "zod";
import { AppError } from "@/lib/core/errors";

// Keyset pagination over (createdAt desc, id desc): stable while new rows arrive, unlike offsets.
// The cursor is opaque to clients: base64url of the last row's position.

export interface CursorPosition {
  createdAt: Date;
  id: string;
}

const position = z.tuple([z.iso.datetime(), z.string().min(1).max(100)]);

export function encodeCursor(row: CursorPosition): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString("base64url");
}

export function decodeCursor(cursor: string): CursorPosition {
  try {
    const [createdAt, id] = position.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return { createdAt: new Date(createdAt), id };
  } catch {
    throw new AppError("invalid_request", "The cursor is not one this API returned", { field: "cursor" });
  }
}

/** Prisma `where` for the rows after `cursor` in (createdAt desc, id desc) order. */
export function afterCursor(cursor: string | undefined) {
  if (!cursor) return {};
  const { createdAt, id } = decodeCursor(cursor);
  return { OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] };
}

/** Given `limit + 1` rows, the page and the cursor for the next one (null on the last page). */
export function page<T extends CursorPosition>(rows: T[], limit: number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1]!) : null };
}
