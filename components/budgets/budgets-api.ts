import { apiFetch } from "@/lib/api-client/client-fetch";
import type { BudgetsPage } from "@/lib/budgets/budget-contract";
import type { BudgetInput } from "@/lib/budgets/budget-contract";
import type { WebhookInput, WebhookView } from "@/lib/alerts/alert-contract";

// The budgets page's calls to /api/v1/admin/budgets and the alert webhook.

export const budgetKeys = { page: ["budgets"] as const, webhook: ["alerts", "webhook"] as const };

export const fetchBudgets = () => apiFetch<BudgetsPage>("/api/v1/admin/budgets");
export const createBudget = (input: BudgetInput) => apiFetch<{ id: string }>("/api/v1/admin/budgets", { method: "POST", json: input });
export const updateBudget = (id: string, limitMicros: number) => apiFetch<{ id: string }>(`/api/v1/admin/budgets/${id}`, { method: "PATCH", json: { limitMicros } });
export const deleteBudget = (id: string) => apiFetch<void>(`/api/v1/admin/budgets/${id}`, { method: "DELETE" });

export const fetchWebhook = () => apiFetch<WebhookView>("/api/v1/admin/alerts/webhook");
export const saveWebhook = (input: WebhookInput) => apiFetch<WebhookView & { secret?: string }>("/api/v1/admin/alerts/webhook", { method: "PUT", json: input });

/** "12.50" (dollars, as typed) → 12_500_000 micro-dollars; null when not a non-negative amount. */
export function dollarsToMicros(text: string): number | null {
  const value = Number(text.trim().replace(/^\$/, ""));
  return text.trim() !== "" && Number.isFinite(value) && value >= 0 ? Math.round(value * 1_000_000) : null;
}

export const microsToDollars = (micros: number) => String(micros / 1_000_000);
