import { apiRoute } from "@/lib/http/api-route";
import { priceListSchema, priceModelQuerySchema } from "@/lib/gateway/price-contract";
import { deleteModelPrice, listModelPrices, modelPriceInput, upsertModelPrice } from "@/lib/gateway/price-table";

// The gateway's price table (lib/gateway/price-table.ts): defaults plus overrides. Admins read it (spend
// is priced by it); only operators change it, since it prices every tenant's calls.

export const GET = apiRoute({ access: { console: true, role: "admin" }, response: priceListSchema }, async () => ({ data: await listModelPrices() }));

export const PUT = apiRoute(
  { access: { console: true, role: "operator" }, body: modelPriceInput, response: modelPriceInput },
  async ({ actor, body }) => upsertModelPrice(body, actor.userId),
);

export const DELETE = apiRoute({ access: { console: true, role: "operator" }, query: priceModelQuerySchema }, async ({ query }) => {
  await deleteModelPrice(query.model);
  return new Response(null, { status: 204 });
});
