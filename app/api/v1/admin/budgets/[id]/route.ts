import { authorizeConsoleAdmin } from "@/lib/http/authorize";
import { readJson, route } from "@/lib/http/respond";
import { budgetJson, deleteBudget, updateBudget } from "@/lib/budgets/budget-admin";
import { budgetUpdateSchema } from "@/lib/budgets/budget-contract";

export const PATCH = route<{ id: string }>(async (request, context) => {
  const principal = await authorizeConsoleAdmin(request, context);
  const input = await readJson(request, budgetUpdateSchema);
  const budget = await updateBudget({ tenantId: principal.tenantId, userId: principal.userId, role: principal.role, requestId: context.requestId }, context.params.id, input);
  return Response.json(budgetJson(budget));
});

export const DELETE = route<{ id: string }>(async (request, context) => {
  const principal = await authorizeConsoleAdmin(request, context);
  await deleteBudget({ tenantId: principal.tenantId, userId: principal.userId, role: principal.role, requestId: context.requestId }, context.params.id);
  return new Response(null, { status: 204 });
});
