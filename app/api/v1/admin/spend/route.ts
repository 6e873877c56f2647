import { apiRoute } from "@/lib/http/api-route";
import { spendReportSchema } from "@/lib/spend/spend-contract";
import { resolveSpendQuery, spendQuerySchema } from "@/lib/spend/spend-query";
import { spendReport } from "@/lib/spend/spend-report";

export const GET = apiRoute(
  { access: { console: true, role: "admin" }, query: spendQuerySchema, response: spendReportSchema, headers: { "cache-control": "no-store" } },
  async ({ actor, query }) => spendReport(actor.tenantId, resolveSpendQuery(query)),
);
