"use client";
import { AGENTS, dataOf, looseDataOf, statusLabel } from "@/components/ui/run-events";
import type { StreamState } from "@/components/ui/use-run-stream";
import styles from "@/components/ui/ui.module.css";
import type { RunUIMessage } from "@/lib/streams/run-event-types";

const stateText: Record<StreamState, string> = {
  idle: "",
  connecting: "connecting…",
  streaming: "live",
  reconnecting: "reconnecting…",
  done: "at rest",
  error: "stream unavailable",
};

const outcomeText: Record<string, string> = {
  approved: "Approved automatically",
  needs_review: "Sent to a reviewer",
  waiting_for_answer: "Waiting for an answer",
};

const pct = (n: number) => `${Math.round(n * 100)}%`;

/** One run as it happens: reading, the agents at work, fields as they arrive, then the decision. */
export function RunProgress({ message, state, compact = false }: { message: RunUIMessage | null; state: StreamState; compact?: boolean }) {
  const status = dataOf(message, "run-status").at(-1)?.status ?? "queued";
  const started = dataOf(message, "agent-started");
  const finished = dataOf(message, "agent-finished");
  const fields = dataOf(message, "field");
  const decision = dataOf(message, "decision").at(-1);
  const error = dataOf(message, "error").at(-1);
  const reading = looseDataOf(message, "reading").at(-1);
  const readingDone = !!reading || started.length > 0 || !!decision;
  const readingText = reading
    ? [reading.engine, typeof reading.pages === "number" ? `${reading.pages} page(s)` : Array.isArray(reading.pages) ? `${reading.pages.length} page(s)` : null, typeof reading.confidence === "number" ? `${pct(reading.confidence)} confident` : null]
        .filter(Boolean)
        .join(" · ") || "read"
    : readingDone
      ? "read"
      : status === "queued"
        ? "waiting for a worker"
        : "reading…";

  return (
    <div className={styles.run} data-testid="run-progress" data-status={status}>
      <div className={styles.runHead}>
        <span className={`badge ${status === "approved" ? "ok" : status === "failed" || status === "rejected" ? "bad" : status === "needs_review" || status === "waiting_for_answer" ? "warn" : ""}`} data-testid="run-status" aria-live="polite">
          {statusLabel(status)}
        </span>
        <span className="muted">{stateText[state]}</span>
      </div>
      <ol className={styles.steps} aria-label="Pipeline">
        <li className={styles.step} data-state={readingDone ? "succeeded" : "running"} data-testid="step-reading">
          <strong>reading</strong>
          <span className="muted">{readingText}</span>
        </li>
        {AGENTS.map((agent) => {
          const done = finished.filter((f) => f.agent === agent).at(-1);
          const running = !done && started.some((s) => s.agent === agent);
          const label = done ? `${done.status === "succeeded" ? "done" : done.status} · ${(done.durationMs / 1000).toFixed(1)} s${done.decision ? ` · ${done.decision}` : ""}` : running ? "working…" : "waiting";
          return (
            <li key={agent} className={styles.step} data-state={done ? done.status : running ? "running" : "waiting"}>
              <strong>{agent}</strong>
              <span className="muted">{label}</span>
            </li>
          );
        })}
      </ol>
      {fields.length > 0 && (
        <dl className={compact ? `${styles.fields} ${styles.fieldsCompact}` : styles.fields} aria-label="Fields as they arrive">
          {fields.map((f) => (
            <div key={f.name} className={styles.fieldRow} data-testid="stream-field">
              <dt>{f.name.replace(/_/g, " ")}</dt>
              <dd>
                <span className={styles.fieldValue}>{f.value ?? <span className="muted">not found</span>}</span>
                <span className={styles.conf} data-level={f.confidence < 0.6 ? "low" : f.confidence < 0.9 ? "mid" : "high"}>{pct(f.confidence)}</span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {decision && (
        <div className={styles.decision} data-outcome={decision.outcome} data-testid="run-decision">
          <strong>{outcomeText[decision.outcome] ?? statusLabel(decision.outcome)}</strong>
          <span className="muted"> · {decision.docType} · confidence {pct(decision.confidence)} (threshold {pct(decision.threshold)})</span>
          {decision.reasons.length > 0 && (
            <ul className={styles.reasons}>
              {decision.reasons.map((r, i) => (
                <li key={`${r.reason}-${i}`}>
                  {r.detail}
                  {r.fields.length > 0 && <span className="muted"> ({r.fields.join(", ")})</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {error && <p className="error">{error.message}</p>}
    </div>
  );
}
