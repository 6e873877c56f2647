import { apiRoute } from "@/lib/http/api-route";
import { budgetJson, createBudget, listBudgets } from "@/lib/budgets/budget-admin";
import { budgetInputSchema, budgetSchema, budgetsPageSchema } from "@/lib/budgets/budget-contract";

export const GET = apiRoute(
  { access: { console: true, role: "admin" }, response: budgetsPageSchema, headers: { "cache-control": "no-store" } },
  async ({ actor }) => listBudgets(actor.tenantId),
);

export const POST = apiRoute(
  { access: { console: true, role: "admin" }, body: budgetInputSchema, response: budgetSchema, status: 201 },
  async ({ actor, body }) => budgetJson(await createBudget(actor, body)),
);
