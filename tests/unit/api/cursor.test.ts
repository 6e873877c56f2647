import { describe, expect, it } from "vitest";
import { afterCursor, decodeCursor, encodeCursor, page } from "@/lib/core/cursor";
import { AppError } from "@/lib/core/errors";

const row = (id: string, iso: string) => ({ id, createdAt: new Date(iso) });

describe("keyset cursors", () => {
  it("round-trip a row's position", () => {
    const position = row("doc_2", "2026-03-01T09:30:00.123Z");
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it("refuse a cursor the API did not issue with invalid_request", () => {
    for (const bad of ["nonsense", Buffer.from('["yesterday","x"]').toString("base64url"), ""]) {
      expect(() => decodeCursor(bad)).toThrow(AppError);
    }
  });

  it("select rows strictly after the position, breaking createdAt ties by id", () => {
    const position = row("doc_2", "2026-03-01T09:30:00.000Z");
    expect(afterCursor(encodeCursor(position))).toEqual({
      OR: [{ createdAt: { lt: position.createdAt } }, { createdAt: position.createdAt, id: { lt: "doc_2" } }],
    });
    expect(afterCursor(undefined)).toEqual({});
  });

  it("give a next cursor only when a row beyond the page exists", () => {
    const rows = [row("c", "2026-03-03T00:00:00Z"), row("b", "2026-03-02T00:00:00Z"), row("a", "2026-03-01T00:00:00Z")];
    const first = page(rows, 2);
    expect(first.items.map((r) => r.id)).toEqual(["c", "b"]);
    expect(decodeCursor(first.nextCursor!).id).toBe("b");
    expect(page(rows.slice(0, 2), 2).nextCursor).toBeNull();
  });
});
