import type { Metadata } from "next";
import { requireConsoleUser } from "@/lib/auth/console-session";
import { QueueScreen } from "@/components/queue/queue-screen";
import { listQueue } from "@/lib/review/queue-list";
import { queueQuerySchema } from "@/lib/review/queue-contract";
import { queueSummary } from "@/lib/review/queue-summary";

export const metadata: Metadata = { title: "Review queue" };

export default async function QueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireConsoleUser("/queue");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  // A hand-edited URL with a bad filter shows the default queue rather than an error page.
  const parsed = queueQuerySchema.safeParse({ ...raw, cursor: undefined });
  const query = parsed.success ? parsed.data : queueQuerySchema.parse({});
  const [page, summary] = await Promise.all([listQueue(user.tenantId, user.id, query), queueSummary(user.tenantId, user.id)]);
  const { view, sort, reason, docType, q } = query;
  // requireConsoleUser sends reviewers who open an admin page here, with ?denied=admin.
  const notice = raw.denied === "admin" ? "That page is for admins; here is the review queue." : null;
  return (
    <QueueScreen
      user={{ id: user.id, role: user.role }}
      initialFilters={{ view, sort, reason, docType, q }}
      initialPage={page}
      initialSummary={summary}
      notice={notice}
    />
  );
}
