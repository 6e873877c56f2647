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
