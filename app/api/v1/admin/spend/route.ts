import { authorizeConsoleAdmin } from "@/lib/http/authorize";
import { readQuery } from "@/lib/http/query";
import { route } from "@/lib/http/respond";
import { resolveSpendQuery, spendQuerySchema } from "@/lib/spend/spend-query";
import { spendReport } from "@/lib/spend/spend-report";

export const GET = route(async (request, context) => {
  const principal = await authorizeConsoleAdmin(request, context);
  const query = resolveSpendQuery(readQuery(request, spendQuerySchema));
  return Response.json(await spendReport(principal.tenantId, query), { headers: { "cache-control": "no-store" } });
});
