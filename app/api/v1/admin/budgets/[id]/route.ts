import { apiRoute } from "@/lib/http/api-route";
import { idParams } from "@/lib/core/ids";
import { budgetJson, deleteBudget, updateBudget } from "@/lib/budgets/budget-admin";
import { budgetSchema, budgetUpdateSchema } from "@/lib/budgets/budget-contract";

export const PATCH = apiRoute(
  { access: { console: true, role: "admin" }, params: idParams, body: budgetUpdateSchema, response: budgetSchema },
  async ({ actor, params, body }) => budgetJson(await updateBudget(actor, params.id, body)),
);

export const DELETE = apiRoute({ access: { console: true, role: "admin" }, params: idParams }, async ({ actor, params }) => {
  await deleteBudget(actor, params.id);
  return new Response(null, { status: 204 });
});
