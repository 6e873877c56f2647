import { authorizeConsoleAdmin } from "@/lib/http/authorize";
import { readJson, route } from "@/lib/http/respond";
import { budgetJson, createBudget, listBudgets } from "@/lib/budgets/budget-admin";
import { budgetInputSchema } from "@/lib/budgets/budget-contract";

export const GET = route(async (request, context) => {
  const principal = await authorizeConsoleAdmin(request, context);
  return Response.json(await listBudgets(principal.tenantId), { headers: { "cache-control": "no-store" } });
});

export const POST = route(async (request, context) => {
  const principal = await authorizeConsoleAdmin(request, context);
  const input = await readJson(request, budgetInputSchema);
  const budget = await createBudget({ tenantId: principal.tenantId, userId: principal.userId, role: principal.role, requestId: context.requestId }, input);
  return Response.json(budgetJson(budget), { status: 201 });
});
