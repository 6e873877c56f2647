import { z } from "zod";
import { AppError } from "@/lib/core/errors";
import { DAY_MS } from "@/lib/core/time";

// What a spend report covers: a UTC range, hour or day buckets, and the dimension charted over time.

export const MAX_HOURLY_DAYS = 31;
export const MAX_RANGE_DAYS = 400;
const DEFAULT_DAYS = 7;

export const breakdownDims = ["model", "agent", "docType", "token"] as const;
export type BreakdownDim = (typeof breakdownDims)[number];

export const spendQuerySchema = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  granularity: z.enum(["hour", "day"]).optional(),
  by: z.enum(breakdownDims).default("model"),
});
export type SpendQueryInput = z.input<typeof spendQuerySchema>;

export interface SpendQuery {
  from: Date;
  to: Date;
  granularity: "hour" | "day";
  by: BreakdownDim;
}

/** Defaults to the last 7 days; hour buckets unless the range is longer than two days. */
export function resolveSpendQuery(input: SpendQueryInput, now = new Date()): SpendQuery {
  const parsed = spendQuerySchema.parse(input);
  const to = parsed.to ? new Date(parsed.to) : now;
  const from = parsed.from ? new Date(parsed.from) : new Date(to.getTime() - DEFAULT_DAYS * DAY_MS);
  const days = (to.getTime() - from.getTime()) / DAY_MS;
  if (!(days > 0)) throw new AppError("invalid_request", "'from' must be before 'to'", { from: from.toISOString(), to: to.toISOString() });
  if (days > MAX_RANGE_DAYS) throw new AppError("invalid_request", `A spend report covers at most ${MAX_RANGE_DAYS} days`, { days: Math.ceil(days) });
  const granularity = parsed.granularity ?? (days > 2 ? "day" : "hour");
  if (granularity === "hour" && days > MAX_HOURLY_DAYS) {
    throw new AppError("invalid_request", `Hourly buckets cover at most ${MAX_HOURLY_DAYS} days; use day buckets`, { days: Math.ceil(days) });
  }
  return { from, to, granularity, by: parsed.by };
}

const truncate = (at: Date, granularity: "hour" | "day") =>
  granularity === "hour"
    ? Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate(), at.getUTCHours())
    : Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());

/** Every bucket start in the range, so charts show empty hours as zero rather than skipping them. */
export function bucketStarts(query: Pick<SpendQuery, "from" | "to" | "granularity">): string[] {
  const step = query.granularity === "hour" ? 3_600_000 : DAY_MS;
  const out: string[] = [];
  for (let t = truncate(query.from, query.granularity); t < query.to.getTime(); t += step) out.push(new Date(t).toISOString());
  return out;
}
