import { apiFetch } from "@/lib/api-client/client-fetch";
import type { QueueItem, QueuePage, QueueQuery, QueueSummary } from "@/lib/review/queue-contract";

// The queue page's calls to /api/v1/review/*, with the query keys TanStack Query caches them under.

export type QueueFilters = Pick<QueueQuery, "view" | "sort" | "reason" | "docType" | "q">;

export const queueKeys = {
  all: ["review-queue"] as const,
  page: (filters: QueueFilters, cursor: string | null) => ["review-queue", "page", filters, cursor] as const,
  summary: ["review-queue", "summary"] as const,
};

export function queueSearchParams(filters: Partial<QueueFilters>, extra: Record<string, string | undefined> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra })) if (value) params.set(key, String(value));
  return params;
}

export const fetchQueuePage = (filters: QueueFilters, cursor: string | null, limit = 50) =>
  apiFetch<QueuePage>(`/api/v1/review/queue?${queueSearchParams(filters, { cursor: cursor ?? undefined, limit: String(limit) })}`);

export const fetchQueueSummary = () => apiFetch<QueueSummary>("/api/v1/review/summary");

export const claimItem = (itemId: string) => apiFetch<QueueItem>(`/api/v1/review/items/${itemId}/claim`, { method: "POST" });

export const releaseItem = (itemId: string) => apiFetch<QueueItem>(`/api/v1/review/items/${itemId}/claim`, { method: "DELETE" });

export const claimNextItem = (filters: Omit<QueueFilters, "view">, excludeItemId?: string) =>
  apiFetch<{ item: QueueItem | null }>("/api/v1/review/queue/next", {
    method: "POST",
    json: { sort: filters.sort, reason: filters.reason, docType: filters.docType, q: filters.q, excludeItemId },
  });

export const setAuditSampleRate = (rate: number) =>
  apiFetch<{ auditSampleRate: number }>("/api/v1/review/audit-sampling", { method: "PUT", json: { rate } });
