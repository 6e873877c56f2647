import { z } from "zod";
import { defineOperation, jsonBody, jsonResponse } from "@/lib/core/contract";
import { idParams } from "@/lib/core/ids";

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

const tags = ["Admin: spend and budgets"];
const access = "console-admin" as const;

export const budgetOperations = {
  listBudgets: defineOperation({
    method: "get",
    path: "/api/v1/admin/budgets",
    operationId: "listBudgets",
    tags,
    summary: "Budgets with their usage this period, and the per-run caps",
    access,
    responses: { "200": jsonResponse("Budgets, run caps and the tenant's tokens", budgetsPageSchema) },
  }),
  createBudget: defineOperation({
    method: "post",
    path: "/api/v1/admin/budgets",
    operationId: "createBudget",
    tags,
    summary: "Add a per-run cap, or a daily/monthly cap for a token, the tenant or the installation",
    description: "Per-run caps and installation-wide (`global`) caps bind every tenant: only operators may add, change or remove them.",
    access,
    requestBody: jsonBody(budgetInputSchema),
    responses: { "201": jsonResponse("The new budget", budgetSchema) },
    errors: [400, 404, 409],
  }),
  updateBudget: defineOperation({
    method: "patch",
    path: "/api/v1/admin/budgets/{id}",
    operationId: "updateBudget",
    tags,
    summary: "Change a budget's limit",
    access,
    requestParams: { path: idParams },
    requestBody: jsonBody(budgetUpdateSchema),
    responses: { "200": jsonResponse("The budget", budgetSchema) },
    errors: [400, 404],
  }),
  deleteBudget: defineOperation({
    method: "delete",
    path: "/api/v1/admin/budgets/{id}",
    operationId: "deleteBudget",
    tags,
    summary: "Remove a budget",
    access,
    requestParams: { path: idParams },
    responses: { "204": { description: "Removed" } },
    errors: [404],
  }),
};
