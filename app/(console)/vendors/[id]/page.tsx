import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireConsoleUser } from "@/lib/auth/console-session";
import { AppError } from "@/lib/core/errors";
import { getVendor } from "@/lib/vendors/vendor-read";
import { VendorDetail } from "@/components/vendors/vendor-detail";

export const metadata: Metadata = { title: "Vendor" };

export default async function VendorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireConsoleUser(`/vendors/${encodeURIComponent(id)}`);
  const vendor = await getVendor(user.tenantId, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return <VendorDetail initial={vendor} />;
}
