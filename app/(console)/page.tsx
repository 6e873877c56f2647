import type { Metadata } from "next";
import Link from "next/link";
import { requireConsoleUser } from "@/lib/auth/console-session";
import { hasRole } from "@/lib/auth/roles";
import { overviewStats } from "@/lib/overview/overview-stats";

export const metadata: Metadata = { title: "Overview" };

const usd = (micros: number) => `$${(micros / 1_000_000).toFixed(micros < 10_000_000 ? 4 : 2)}`;

export default async function OverviewPage() {
  const user = await requireConsoleUser("/");
  const stats = await overviewStats(user.tenantId);
  const cards: { label: string; value: string | number; href: string }[] = [
    { label: "Waiting for review", value: stats.openReviewItems, href: "/queue" },
    { label: "Runs in the last 24 h", value: stats.runsLast24h, href: "/runs" },
    { label: "Waiting for an answer", value: stats.runsByStatus.waiting_for_answer ?? 0, href: "/runs?status=waiting_for_answer" },
    { label: "Auto-approved", value: stats.runsByStatus.approved ?? 0, href: "/runs?status=approved" },
    { label: "Failed", value: stats.runsByStatus.failed ?? 0, href: "/runs?status=failed" },
  ];
  const anyRuns = Object.values(stats.runsByStatus).some((n) => n > 0);
  if (hasRole(user.role, "admin")) cards.push({ label: "Model spend, 24 h", value: usd(stats.spendLast24hMicros), href: "/spend" });
  return (
    <div className="grid">
      <h1>Welcome, {user.name}</h1>
      <section className="panel" aria-labelledby="start-heading" data-testid="overview-start">
        <h2 id="start-heading">{anyRuns ? "Send more documents" : "Start here: send Sieve a document"}</h2>
        <p className="muted" style={{ marginTop: 0 }}>
          {anyRuns
            ? "Upload from this browser, or photograph receipts with the capture app on your phone."
            : "Nothing has been uploaded yet. Drop a PDF, DOCX or scan on the upload page and watch the pipeline read it, or open the capture app on your phone and photograph a receipt."}
        </p>
        <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
          <Link href="/upload" className="btn primary">
            Upload documents
          </Link>
          <a href="/capture" className="btn">
            Open the capture app
          </a>
        </div>
      </section>
      <div className="cards">
        {cards.map((c) => (
          <Link key={c.label} href={c.href} className="card" style={{ textDecoration: "none", color: "inherit" }}>
            <div className="label">{c.label}</div>
            <div className="value">{c.value}</div>
          </Link>
        ))}
      </div>
    </div>
  );
}
