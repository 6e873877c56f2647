"use client";
import { formatDuration, slaState } from "@/lib/review/sla";
import styles from "@/components/ui/ui.module.css";

const stateClass = { none: "", ok: "ok", due_soon: "warn", breached: "bad" } as const;
const stateText = { none: "No deadline", ok: "Due in", due_soon: "Due soon:", breached: "Overdue by" } as const;

/** Time left before the review deadline, amber within 30 minutes, red once breached. */
export function SlaTimer({ slaDueAt, now }: { slaDueAt: string | null; now: Date }) {
  const { state, remainingMs } = slaState(slaDueAt, now);
  if (state === "none" || remainingMs === null) return <span className="muted">—</span>;
  const text = state === "breached" ? formatDuration(-remainingMs) : formatDuration(remainingMs);
  return (
    <span className={`badge ${stateClass[state]} ${styles.timer}`} title={`Due ${new Date(slaDueAt!).toLocaleString()}`} suppressHydrationWarning>
      <span className={styles.srOnly}>{stateText[state]} </span>
      {state === "breached" ? `−${text}` : text}
    </span>
  );
}

export function Age({ since, now }: { since: string; now: Date }) {
  return (
    <time dateTime={since} title={new Date(since).toLocaleString()} suppressHydrationWarning>
      {formatDuration(Math.max(0, now.getTime() - new Date(since).getTime()))}
    </time>
  );
}
