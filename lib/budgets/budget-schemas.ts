import { z } from "zod";

// What admins may set. Run caps are installation-wide: the default each run gets and the most an
// upload may ask for. Day/month caps apply to an API token, the tenant, or the whole installation.

/** Micro-dollars: whole numbers, up to a million dollars. */
export const limitMicros = z.number().int().nonnegative().max(1_000_000_000_000);

const spendPeriod = z.enum(["day", "month"]);

export const budgetInputSchema = z.discriminatedUnion("scope", [
  z.object({ scope: z.literal("run"), scopeId: z.enum(["default", "max"]), limitMicros }),
  z.object({ scope: z.literal("token"), scopeId: z.string().min(1).max(64), period: spendPeriod, limitMicros }),
  z.object({ scope: z.literal("tenant"), period: spendPeriod, limitMicros }),
  z.object({ scope: z.literal("global"), period: spendPeriod, limitMicros }),
]);
export type BudgetInput = z.infer<typeof budgetInputSchema>;

export const budgetUpdateSchema = z.object({ limitMicros });
export type BudgetUpdate = z.infer<typeof budgetUpdateSchema>;

/** Budget.scopeId values of the two run-cap rows. */
export const RUN_CAP_IDS = { default: "default", max: "max" } as const;

// Responses.
const micros = z.number().int().meta({ description: "Micro-dollars (1 USD = 1,000,000)" });

export const budgetSchema = z
  .object({ id: z.string(), scope: z.enum(["run", "token", "tenant", "global"]), scopeId: z.string(), period: z.enum(["run", "day", "month"]), limitMicros: micros })
  .meta({ id: "Budget" });

export const budgetUsageSchema = z.object({
  periodStart: z.string(),
  spentMicros: micros.meta({ description: "Recorded spend this period (ModelCall)" }),
  reservedMicros: micros.nullable().meta({ description: "The gateway's live counter: recorded spend plus calls reserved right now; null before its first call this period" }),
  ratio: z.number(),
  level: z.enum(["ok", "warning", "exceeded"]),
});

export const budgetViewSchema = budgetSchema.extend({ label: z.string(), usage: budgetUsageSchema.nullable() }).meta({ id: "BudgetWithUsage" });

export const runCapSettingsSchema = z.object({
  defaultMicros: micros,
  maxMicros: micros,
  source: z.object({ default: z.enum(["admin", "config"]), max: z.enum(["admin", "config"]) }),
});

export const budgetsPageSchema = z
  .object({
    budgets: z.array(budgetViewSchema),
    runCaps: runCapSettingsSchema,
    tokens: z.array(z.object({ id: z.string(), name: z.string(), prefix: z.string() })),
  })
  .meta({ id: "Budgets" });

export type BudgetUsage = z.infer<typeof budgetUsageSchema>;
export type BudgetView = z.infer<typeof budgetViewSchema>;
export type BudgetsPage = z.infer<typeof budgetsPageSchema>;
export type RunCapSettings = z.infer<typeof runCapSettingsSchema>;
