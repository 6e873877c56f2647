import "server-only";
import { afterCursor, page } from "@/lib/core/cursor";
import { notFound } from "@/lib/core/errors";
import { db } from "@/lib/db";
import type { Prisma, Vendor } from "@/lib/generated/prisma/client";
import type { ListVendorsQuery, VendorView } from "@/lib/vendors/vendor-contract";
import { usualDocType } from "@/lib/vendors/vendor-learning";
import { toRecord } from "@/lib/vendors/vendor-store";

// The registry as reviewers browse it. Scoped to the tenant, and to vendors still in use: another
// tenant's vendor, or one merged away, is indistinguishable from a missing one.

type Client = Pick<Prisma.TransactionClient, "vendor" | "vendorRun">;

/** Each vendor's latest matched run, for "last seen". */
async function latestRuns(client: Client, tenantId: string, ids: string[]): Promise<Map<string, Date>> {
  if (ids.length === 0) return new Map();
  const rows = await client.vendorRun.groupBy({ by: ["vendorId"], where: { tenantId, vendorId: { in: ids } }, _max: { createdAt: true } });
  return new Map(rows.flatMap((r) => (r.vendorId && r._max.createdAt ? [[r.vendorId, r._max.createdAt] as const] : [])));
}

function vendorView(v: Vendor, latestRun: Date | undefined): VendorView {
  const lastSeen = latestRun && latestRun > v.createdAt ? latestRun : v.createdAt;
  return {
    id: v.id,
    name: v.name,
    aliases: v.aliases,
    address: v.address,
    taxId: v.taxId,
    iban: v.iban,
    currency: v.currency,
    usualDocType: usualDocType(toRecord(v)),
    approvedDocuments: v.approvedDocuments,
    lastSeenAt: lastSeen.toISOString(),
    createdAt: v.createdAt.toISOString(),
    version: v.version,
  };
}

export async function listVendors(tenantId: string, query: ListVendorsQuery): Promise<{ data: VendorView[]; nextCursor: string | null }> {
  const rows = await db.vendor.findMany({
    where: { tenantId, mergedIntoId: null, ...(query.q ? { name: { contains: query.q, mode: "insensitive" as const } } : {}), ...afterCursor(query.cursor) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  const { items, nextCursor } = page(rows, query.limit);
  const latest = await latestRuns(db, tenantId, items.map((v) => v.id));
  return { data: items.map((v) => vendorView(v, latest.get(v.id))), nextCursor };
}

/** One vendor in use by the tenant, as the API shows it; 404 otherwise. */
export async function readVendor(client: Client, tenantId: string, id: string): Promise<VendorView> {
  const vendor = await client.vendor.findFirst({ where: { id, tenantId, mergedIntoId: null } });
  if (!vendor) throw notFound("Vendor");
  return vendorView(vendor, (await latestRuns(client, tenantId, [id])).get(id));
}

export const getVendor = (tenantId: string, id: string) => readVendor(db, tenantId, id);
