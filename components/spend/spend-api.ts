import { apiFetch } from "@/lib/api-client/client-fetch";
import type { AlertJson } from "@/lib/alerts/alert-contract";
import type { SpendReport } from "@/lib/spend/spend-contract";
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

export const fetchSpend = (s: SpendSelection) => apiFetch<SpendReport>(`/api/v1/admin/spend?${spendSearch(s)}`);

export const fetchAlerts = () => apiFetch<{ data: AlertJson[] }>("/api/v1/admin/alerts?limit=20").then((r) => r.data);

export const acknowledge = (id: string) => apiFetch<AlertJson>(`/api/v1/admin/alerts/${id}/acknowledge`, { method: "POST" });
