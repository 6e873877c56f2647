import { describe, expect, it } from "vitest";
import { splitRange } from "@/lib/spend/hours";
import { bucketStarts, resolveSpendQuery } from "@/lib/spend/spend-query";

const at = (s: string) => new Date(`2026-03-01T${s}Z`);

describe("splitting a range between the rollup and live rows", () => {
  it("reads whole rolled-up hours from the rollup and partial hours live", () => {
    const split = splitRange({ from: at("01:20:00"), to: at("09:10:00") }, at("06:00:00"));
    expect(split.rolled).toEqual({ from: at("02:00:00"), to: at("06:00:00") });
    expect(split.live).toEqual([
      { from: at("01:20:00"), to: at("02:00:00") },
      { from: at("06:00:00"), to: at("09:10:00") },
    ]);
  });

  it("reads everything live before the first rollup or inside one hour", () => {
    expect(splitRange({ from: at("01:00:00"), to: at("05:00:00") }, null).live).toEqual([{ from: at("01:00:00"), to: at("05:00:00") }]);
    expect(splitRange({ from: at("01:10:00"), to: at("01:50:00") }, at("06:00:00")).live).toEqual([{ from: at("01:10:00"), to: at("01:50:00") }]);
  });

  it("uses only the rollup for an hour-aligned range it covers", () => {
    const split = splitRange({ from: at("01:00:00"), to: at("05:00:00") }, at("06:00:00"));
    expect(split).toEqual({ rolled: { from: at("01:00:00"), to: at("05:00:00") }, live: [] });
  });
});

describe("spend query", () => {
  const now = at("12:30:00");
  it("defaults to the last seven days in day buckets", () => {
    const q = resolveSpendQuery({}, now);
    expect(q).toMatchObject({ granularity: "day", by: "model", to: now });
    expect(bucketStarts(q)).toHaveLength(8);
  });

  it("zero-fills hour buckets from the hour the range starts in", () => {
    const q = resolveSpendQuery({ from: "2026-03-01T10:15:00Z", to: "2026-03-01T12:30:00Z" }, now);
    expect(q.granularity).toBe("hour");
    expect(bucketStarts(q)).toEqual(["2026-03-01T10:00:00.000Z", "2026-03-01T11:00:00.000Z", "2026-03-01T12:00:00.000Z"]);
  });

  it("refuses reversed ranges and hourly buckets over a month", () => {
    expect(() => resolveSpendQuery({ from: "2026-03-02T00:00:00Z", to: "2026-03-01T00:00:00Z" }, now)).toThrow(/before/);
    expect(() => resolveSpendQuery({ from: "2026-01-01T00:00:00Z", to: "2026-03-01T00:00:00Z", granularity: "hour" }, now)).toThrow(/Hourly/);
  });
});
