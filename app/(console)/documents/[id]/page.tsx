import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/core/errors";
import { requireConsoleUser } from "@/lib/auth/console-session";
import { ReviewScreen } from "@/components/review/review-screen";
import { getReviewDocument } from "@/lib/review/review-document";

export const metadata: Metadata = { title: "Review document" };

export default async function DocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireConsoleUser(`/documents/${encodeURIComponent(id)}`);
  const view = await getReviewDocument(user.tenantId, user.id, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return <ReviewScreen initial={view} />;
}
