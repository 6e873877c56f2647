import { api, unwrap } from "@/components/ui/api";
import type { VendorUpdate } from "@/lib/vendors/vendor-contract";

// The vendor pages' calls to /api/v1/vendors, with the query keys TanStack Query caches them under.

export const vendorKeys = {
  all: ["vendors"] as const,
  list: (q: string) => ["vendors", "list", q] as const,
  one: (id: string) => ["vendors", "one", id] as const,
};

export const fetchVendorPage = async (q: string, cursor: string | null, limit = 50) =>
  unwrap(await api.GET("/api/v1/vendors", { params: { query: { q: q.trim() || undefined, cursor: cursor ?? undefined, limit } } }));

export const fetchVendor = async (id: string) => unwrap(await api.GET("/api/v1/vendors/{id}", { params: { path: { id } } }));

export const saveVendor = async (id: string, body: VendorUpdate) => unwrap(await api.PATCH("/api/v1/vendors/{id}", { params: { path: { id } }, body }));

export const mergeIntoVendor = async (id: string, duplicateId: string) =>
  unwrap(await api.POST("/api/v1/vendors/{id}/merge", { params: { path: { id } }, body: { duplicateId } }));
