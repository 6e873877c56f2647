import { Prisma } from "@/lib/generated/prisma/client";
import { ceilHour, floorHour, utc } from "@/lib/core/time";

// The split of a time range between the hourly rollup and live ModelCall rows.

export interface TimeRange {
  from: Date;
  to: Date;
}

export interface RangeSplit {
  /** Whole hours read from SpendHour (empty when from === to). */
  rolled: TimeRange;
  /** The rest, read from ModelCall: the partial hours at the edges and everything not rolled up yet. */
  live: TimeRange[];
}

/**
 * Hours before `rolledUntil` are in the rollup. A range uses the rollup for its whole hours below that
 * mark and ModelCall for the rest, so any [from, to) adds up exactly once.
 */
export function splitRange(range: TimeRange, rolledUntil: Date | null): RangeSplit {
  const start = ceilHour(range.from);
  const limit = rolledUntil ? Math.min(floorHour(range.to).getTime(), floorHour(rolledUntil).getTime()) : start.getTime();
  if (start.getTime() >= range.to.getTime() || limit <= start.getTime()) return { rolled: { from: start, to: start }, live: [range] };
  const end = new Date(limit);
  const live = [
    { from: range.from, to: start },
    { from: end, to: range.to },
  ].filter((r) => r.from.getTime() < r.to.getTime());
  return { rolled: { from: start, to: end }, live };
}

/** `column` within any of the ranges, as one predicate (false for none). */
export function inRanges(column: Prisma.Sql, ranges: TimeRange[]): Prisma.Sql {
  if (ranges.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`(${Prisma.join(
    ranges.map((r) => Prisma.sql`(${column} >= ${utc(r.from)} AND ${column} < ${utc(r.to)})`),
    " OR ",
  )})`;
}
