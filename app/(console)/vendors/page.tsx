import type { Metadata } from "next";
import { requireConsoleUser } from "@/lib/auth/console-session";
import { listVendors } from "@/lib/vendors/vendor-read";
import { VendorList } from "@/components/vendors/vendor-list";

export const metadata: Metadata = { title: "Vendors" };

export default async function VendorsPage() {
  const user = await requireConsoleUser("/vendors");
  const page = await listVendors(user.tenantId, { limit: 50 });
  return (
    <div className="grid">
      <h1>Vendors</h1>
      <p className="muted" style={{ margin: 0 }}>
        The vendors Sieve learned from this tenant&apos;s approved documents. A new document from a known vendor is read with the name and address
        kept here: correct them, or merge two records of one vendor.
      </p>
      <VendorList initialPage={page} />
    </div>
  );
}
