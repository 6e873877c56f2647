import { api, unwrap } from "@/components/ui/api";
import type { BudgetInput } from "@/lib/budgets/budget-contract";
import type { WebhookInput } from "@/lib/alerts/alert-contract";

// The budgets page's calls to /api/v1/admin/budgets and the alert webhook.

export const budgetKeys = { page: ["budgets"] as const, webhook: ["alerts", "webhook"] as const };

export const fetchBudgets = async () => unwrap(await api.GET("/api/v1/admin/budgets"));
export const createBudget = async (input: BudgetInput) => unwrap(await api.POST("/api/v1/admin/budgets", { body: input }));
export const updateBudget = async (id: string, limitMicros: number) =>
  unwrap(await api.PATCH("/api/v1/admin/budgets/{id}", { params: { path: { id } }, body: { limitMicros } }));
export const deleteBudget = async (id: string) => unwrap(await api.DELETE("/api/v1/admin/budgets/{id}", { params: { path: { id } } }));

export const fetchWebhook = async () => unwrap(await api.GET("/api/v1/admin/alerts/webhook"));
export const saveWebhook = async (input: WebhookInput) => unwrap(await api.PUT("/api/v1/admin/alerts/webhook", { body: input }));

/** "12.50" (dollars, as typed) → 12_500_000 micro-dollars; null when not a non-negative amount. */
export function dollarsToMicros(text: string): number | null {
  const value = Number(text.trim().replace(/^\$/, ""));
  return text.trim() !== "" && Number.isFinite(value) && value >= 0 ? Math.round(value * 1_000_000) : null;
}

export const microsToDollars = (micros: number) => String(micros / 1_000_000);
