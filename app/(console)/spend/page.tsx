import type { Metadata } from "next";
import { requireConsoleUser } from "@/lib/auth/console-session";
import { listAlerts } from "@/lib/alerts/alert-store";
import { resolveSpendQuery, spendQuerySchema } from "@/lib/spend/spend-query";
import { spendReport } from "@/lib/spend/spend-report";
import { presetSelection } from "@/components/spend/selection";
import { SpendScreen } from "@/components/spend/spend-screen";

export const metadata: Metadata = { title: "Spend" };

export default async function SpendPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireConsoleUser("/spend", "admin");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = spendQuerySchema.safeParse(raw);
  // Without a (valid) range in the URL: the last 7 days by day.
  const fallback = presetSelection(7, "day", "model");
  let query;
  try {
    query = parsed.success && parsed.data.from && parsed.data.to ? resolveSpendQuery(parsed.data) : resolveSpendQuery(fallback);
  } catch {
    query = resolveSpendQuery(fallback);
  }
  const [report, alerts] = await Promise.all([spendReport(user.tenantId, query), listAlerts(user.tenantId, { limit: 20 })]);
  const initial = { from: query.from.toISOString(), to: query.to.toISOString(), granularity: query.granularity, by: query.by };
  return <SpendScreen initial={initial} initialReport={report} initialAlerts={alerts} />;
}
