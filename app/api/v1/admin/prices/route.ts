import { z } from "zod";
import { authorizeConsoleAdmin } from "@/lib/http/authorize";
import { readQuery } from "@/lib/http/query";
import { readJson, route } from "@/lib/http/respond";
import { deleteModelPrice, listModelPrices, modelPriceInput, upsertModelPrice } from "@/lib/gateway/price-table";

// The gateway's price table (lib/gateway/price-table.ts): defaults plus overrides. Admins read it (spend
// is priced by it); only operators change it, since it prices every tenant's calls.

export const GET = route(async (request, context) => {
  await authorizeConsoleAdmin(request, context);
  return Response.json({ data: await listModelPrices() });
});

export const PUT = route(async (request, context) => {
  const principal = await authorizeConsoleAdmin(request, context, "operator");
  const input = await readJson(request, modelPriceInput);
  const row = await upsertModelPrice(input, principal.userId);
  return Response.json(row);
});

export const DELETE = route(async (request, context) => {
  await authorizeConsoleAdmin(request, context, "operator");
  const { model } = readQuery(request, z.object({ model: z.string().trim().min(1).max(200) }));
  await deleteModelPrice(model);
  return new Response(null, { status: 204 });
});
