import { z } from "zod";
import { RunStatus } from "@/lib/generated/prisma/enums";

// The /runs filters, parsed from the URL (a plain GET form): empty fields mean "any".
// Money is typed in dollars and durations in seconds; they become micro-dollars and milliseconds.

const blank = (v: unknown) => (v === "" || v === null ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());
const dollars = optional(z.coerce.number().nonnegative().max(1_000_000)).transform((v) => (v === undefined ? undefined : Math.round(v * 1_000_000)));
const seconds = optional(z.coerce.number().nonnegative().max(86_400 * 30)).transform((v) => (v === undefined ? undefined : Math.round(v * 1000)));

/** The document type filter value that selects runs whose type is not known (yet). */
export const UNCLASSIFIED = "unclassified";

export const runFiltersSchema = z.object({
  status: z
    .preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v.filter((s) => s !== "") : [v]), z.array(z.enum(RunStatus)))
    .default([]),
  type: optional(z.string().trim().max(64)),
  decision: optional(z.string().trim().max(64)),
  minCost: dollars,
  maxCost: dollars,
  minDuration: seconds,
  maxDuration: seconds,
  /** A run id, a document id, or an extracted (or corrected) field value. */
  q: optional(z.string().trim().max(200)),
  cursor: optional(z.string().max(500)),
  limit: optional(z.coerce.number().int().min(1).max(100)).transform((v) => v ?? 50),
});

export type RunFilters = z.infer<typeof runFiltersSchema>;
export type RunFiltersInput = z.input<typeof runFiltersSchema>;
