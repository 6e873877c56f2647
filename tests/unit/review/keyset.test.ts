import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, keysetLevels, orderBy } from "@/lib/review/keyset";

const row = {
  id: "ckitem0000000000000001",
  priority: 2,
  createdAt: new Date("2026-11-20T10:00:00.000Z"),
  slaDueAt: null as Date | null,
  confidence: 0.42 as number | null,
};

describe("review queue keyset cursors", () => {
  it("round-trips the sort keys of the last row", () => {
    const cursor = encodeCursor("priority", row);
    expect(decodeCursor("priority", cursor)).toEqual([2, "2026-11-20T10:00:00.000Z", row.id]);
  });

  it("refuses a cursor from another sort order or one that was tampered with", () => {
    const cursor = encodeCursor("priority", row);
    expect(() => decodeCursor("oldest", cursor)).toThrow(/another sort order/);
    expect(() => decodeCursor("priority", "not-a-cursor")).toThrow(/not one this API handed out/);
    const forged = Buffer.from(JSON.stringify({ s: "priority", v: ["2", "x", 3] })).toString("base64url");
    expect(() => decodeCursor("priority", forged)).toThrow(/malformed/);
  });

  it("splits 'after the cursor' into seekable levels, deepest tie first", () => {
    const levels = keysetLevels("priority", [2, "2026-11-20T10:00:00.000Z", "ckb"]);
    const at = new Date("2026-11-20T10:00:00.000Z");
    expect(levels).toEqual([
      { AND: [{ priority: 2 }, { createdAt: at }, { id: { gt: "ckb" } }] },
      { AND: [{ priority: 2 }, { createdAt: { gt: at } }] },
      { AND: [{ priority: { lt: 2 } }] },
    ]);
  });

  it("places NULL deadlines after every dated one, as PostgreSQL's ascending order does", () => {
    const due = "2026-11-20T12:00:00.000Z";
    expect(keysetLevels("sla", [due, "ckb"])).toEqual([
      { AND: [{ slaDueAt: new Date(due) }, { id: { gt: "ckb" } }] },
      { AND: [{ slaDueAt: { gt: new Date(due) } }] },
      { AND: [{ slaDueAt: null }] },
    ]);
    // Once among the NULLs, only later ids with a NULL deadline remain.
    expect(keysetLevels("sla", [null, "ckb"])).toEqual([{ AND: [{ slaDueAt: null }, { id: { gt: "ckb" } }] }]);
    expect(orderBy("sla")).toEqual([{ slaDueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }]);
  });

  it("walks descending orders downwards", () => {
    const at = "2026-11-20T10:00:00.000Z";
    expect(keysetLevels("newest", [at, "ckb"])).toEqual([
      { AND: [{ createdAt: new Date(at) }, { id: { lt: "ckb" } }] },
      { AND: [{ createdAt: { lt: new Date(at) } }] },
    ]);
  });
});
