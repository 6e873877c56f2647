import type { RunStatus } from "@/lib/generated/prisma/enums";

const TONE: Partial<Record<RunStatus, string>> = { approved: "ok", needs_review: "warn", waiting_for_answer: "warn", failed: "bad", rejected: "bad" };

export function RunStatusBadge({ status }: { status: RunStatus | string }) {
  return <span className={`badge ${TONE[status as RunStatus] ?? ""}`}>{status.replaceAll("_", " ")}</span>;
}
