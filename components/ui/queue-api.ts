import { api, unwrap } from "@/components/ui/api";
import type { QueueQuery } from "@/lib/review/queue-contract";

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

export const fetchQueuePage = async (filters: QueueFilters, cursor: string | null, limit = 50) =>
  unwrap(await api.GET("/api/v1/review/queue", { params: { query: { ...filters, cursor: cursor ?? undefined, limit } } }));

export const fetchQueueSummary = async () => unwrap(await api.GET("/api/v1/review/summary"));

const onItem = (id: string) => ({ params: { path: { id } } });

export const claimItem = async (itemId: string) => unwrap(await api.POST("/api/v1/review/items/{id}/claim", onItem(itemId)));

export const releaseItem = async (itemId: string) => unwrap(await api.DELETE("/api/v1/review/items/{id}/claim", onItem(itemId)));

export const claimNextItem = async (filters: Omit<QueueFilters, "view">, excludeItemId?: string) =>
  unwrap(await api.POST("/api/v1/review/queue/next", { body: { sort: filters.sort, reason: filters.reason, docType: filters.docType, q: filters.q, excludeItemId } }));

export const setAuditSampleRate = async (rate: number) => unwrap(await api.PUT("/api/v1/review/audit-sampling", { body: { rate } }));
