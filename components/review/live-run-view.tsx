"use client";
import { ConfidenceMeter } from "@/components/ui/confidence-meter";
import styles from "@/components/review/review.module.css";
import type { StreamState } from "@/components/review/use-run-stream";
import type { RunEventData, RunUIMessage } from "@/lib/streams/run-event-types";

type EventType = "run-status" | "agent-started" | "agent-finished" | "field" | "finding" | "question" | "answer" | "decision" | "error";

/** The data parts of one event type, in stream order (parts with a stable id were replaced in place). */
function dataOf<T extends EventType>(message: RunUIMessage | null, type: T): RunEventData<T>[] {
  const parts = (message?.parts ?? []) as unknown as { type: string; data?: unknown }[];
  return parts.filter((p) => p.type === `data-${type}`).map((p) => p.data as RunEventData<T>);
}

const agents = ["classification", "extraction", "summarisation", "validation", "routing"] as const;
const stateText: Record<StreamState, string> = {
  idle: "",
  connecting: "connecting…",
  streaming: "live",
  reconnecting: "reconnecting…",
  done: "run at rest",
  error: "stream unavailable",
};

/** A document still in the pipeline: agents working, fields appearing as they stream. */
export function LiveRunView({ message, state }: { message: RunUIMessage | null; state: StreamState }) {
  const status = dataOf(message, "run-status").at(-1)?.status ?? "queued";
  const started = dataOf(message, "agent-started");
  const finished = dataOf(message, "agent-finished");
  const fields = dataOf(message, "field");
  const findings = dataOf(message, "finding");
  const decision = dataOf(message, "decision").at(-1);
  const error = dataOf(message, "error").at(-1);

  return (
    <section className={`panel ${styles.live}`} aria-labelledby="live-heading" data-testid="live-run">
      <div className={styles.liveHead}>
        <h2 id="live-heading">Live run</h2>
        <span className="badge" aria-live="polite" data-testid="live-run-status">{status.replace(/_/g, " ")}</span>
        <span className="muted">{stateText[state]}</span>
      </div>
      <ol className={styles.agents} aria-label="Agents">
        {agents.map((agent) => {
          const done = finished.filter((f) => f.agent === agent).at(-1);
          const running = !done && started.some((s) => s.agent === agent);
          const label = done ? `${done.status} in ${(done.durationMs / 1000).toFixed(1)} s${done.decision ? ` · ${done.decision}` : ""}` : running ? "working…" : "waiting";
          return (
            <li key={agent} className={styles.agent} data-state={done ? done.status : running ? "running" : "waiting"}>
              <strong>{agent}</strong>
              <span className="muted">{label}</span>
            </li>
          );
        })}
      </ol>
      {fields.length > 0 && (
        <table className={styles.liveFields}>
          <caption className={styles.srOnly}>Fields as they stream in</caption>
          <thead>
            <tr><th scope="col">Field</th><th scope="col">Value</th><th scope="col">Confidence</th><th scope="col">Stage</th></tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr key={f.name} data-testid="live-field">
                <td>{f.name}</td>
                <td>{f.value ?? <span className="muted">(empty)</span>}</td>
                <td><ConfidenceMeter value={f.confidence} /></td>
                <td className="muted">{f.stage}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {findings.length > 0 && (
        <ul className={styles.findings} aria-label="Validation findings">
          {findings.map((f, i) => (
            <li key={`${f.rule}-${i}`}><span className={`badge ${f.severity === "error" ? "bad" : "warn"}`}>{f.severity}</span> {f.message}</li>
          ))}
        </ul>
      )}
      {decision && (
        <p data-testid="live-decision">
          Decision: <strong>{decision.outcome.replace(/_/g, " ")}</strong> (confidence {decision.confidence.toFixed(2)}, threshold {decision.threshold})
          {decision.reasons.length > 0 && <span className="muted"> — {decision.reasons.map((r) => r.detail).join("; ")}</span>}
        </p>
      )}
      {error && <p className="error">{error.message}</p>}
    </section>
  );
}
