import { api, unwrap } from "@/components/ui/api";
import type { BreakdownDim } from "@/lib/spend/spend-query";

// The spend page's calls to /api/v1/admin/*, with their TanStack Query keys.

export interface SpendSelection {
  from: string;
  to: string;
  granularity: "hour" | "day";
  by: BreakdownDim;
}

export const spendKeys = {
  report: (s: SpendSelection) => ["spend", "report", s] as const,
  alerts: ["spend", "alerts"] as const,
};

export function spendSearch(s: SpendSelection): string {
  return new URLSearchParams({ from: s.from, to: s.to, granularity: s.granularity, by: s.by }).toString();
}

export const fetchSpend = async (s: SpendSelection) => unwrap(await api.GET("/api/v1/admin/spend", { params: { query: s } }));

export const fetchAlerts = async () => unwrap(await api.GET("/api/v1/admin/alerts", { params: { query: { limit: 20 } } })).data;

export const acknowledge = async (id: string) => unwrap(await api.POST("/api/v1/admin/alerts/{id}/acknowledge", { params: { path: { id } } }));
