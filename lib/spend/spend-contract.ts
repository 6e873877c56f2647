import { z } from "zod";
import { defineOperation, jsonResponse } from "@/lib/core/contract";
import { breakdownDims, spendQuerySchema } from "@/lib/spend/spend-query";

// The spend report's shape, declared once: the route answers with it, the OpenAPI document
// describes it, and the console's types are inferred from it. Money is integer micro-dollars.

const micros = z.number().int().meta({ description: "Micro-dollars (1 USD = 1,000,000)" });

export const spendMeasuresSchema = z.object({
  costMicros: micros,
  calls: z.number().int().meta({ description: "Model call attempts, cache hits and failed attempts included" }),
  inputTokens: z.number().int(),
  outputTokens: z.number().int(),
  cacheHits: z.number().int(),
  retries: z.number().int().meta({ description: "Attempts after the first of a call" }),
  retryCostMicros: micros,
  errors: z.number().int().meta({ description: "Failed attempts" }),
});

export const breakdownRowSchema = spendMeasuresSchema.extend({
  key: z.string().nullable(),
  label: z.string(),
  savedMicros: micros.meta({ description: "What the cache hits would have cost at the model's price (model breakdown only)" }),
});

export const runCostStatsSchema = z.object({
  runs: z.number().int(),
  approved: z.number().int(),
  spentMicros: micros,
  meanMicros: micros.nullable(),
  p50Micros: micros.nullable(),
  p95Micros: micros.nullable(),
  perApprovedMicros: micros.nullable().meta({ description: "All runs' spend divided by the runs that ended approved" }),
});

export const spendReportSchema = z
  .object({
    range: z.object({ from: z.string(), to: z.string(), granularity: z.enum(["hour", "day"]), by: z.enum(breakdownDims) }),
    totals: spendMeasuresSchema.extend({
      cacheHitRate: z.number().nullable().meta({ description: "Cache hits over answered calls (failed attempts excluded)" }),
      cacheSavedMicros: micros,
    }),
    runs: runCostStatsSchema,
    series: z.array(spendMeasuresSchema.extend({ at: z.string() })).meta({ description: "Every bucket in the range, empty ones as zero" }),
    breakdownSeries: z.object({
      keys: z.array(z.string()).meta({ description: "The `by` dimension's biggest values, then `other`" }),
      points: z.array(z.object({ at: z.string(), values: z.array(micros) })),
    }),
    breakdowns: z.object(Object.fromEntries(breakdownDims.map((d) => [d, z.array(breakdownRowSchema)])) as Record<(typeof breakdownDims)[number], z.ZodArray<typeof breakdownRowSchema>>),
  })
  .meta({ id: "SpendReport" });

export type SpendMeasures = z.infer<typeof spendMeasuresSchema>;
export type BreakdownRow = z.infer<typeof breakdownRowSchema>;
export type RunCostStats = z.infer<typeof runCostStatsSchema>;
export type SpendReport = z.infer<typeof spendReportSchema>;

const tags = ["Admin: spend and budgets"];
const access = "console-admin" as const;

export const spendOperations = {
  getSpendReport: defineOperation({
    method: "get",
    path: "/api/v1/admin/spend",
    operationId: "getSpendReport",
    tags,
    summary: "Model spend over a range",
    description: "Cost over time by model, agent, document type or API token; cost per run (mean, p50, p95) and per approved document; cache hit rate and savings; tokens; retries. Defaults to the last 7 days.",
    access,
    requestParams: { query: spendQuerySchema },
    responses: { "200": jsonResponse("The report", spendReportSchema) },
    errors: [400],
  }),
};
