"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { SieveApiError } from "@/components/ui/api";
import { queueKeys, setAuditSampleRate } from "@/components/ui/queue-api";
import styles from "@/components/queue/queue.module.css";
import type { QueueSummary } from "@/lib/review/queue-contract";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Auto-approve precision as measured by reviewers on random audit samples, with its sampling rate (installation-wide: operators set it). */
export function PrecisionPanel({ summary, canSetRate }: { summary: QueueSummary; canSetRate: boolean }) {
  const { precision: p, auditSampleRate } = summary;
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (rate: number) => setAuditSampleRate(rate),
    onSuccess: () => {
      setEditing(false);
      setError(null);
      void client.invalidateQueries({ queryKey: queueKeys.summary });
    },
    onError: (e) => setError(e instanceof SieveApiError ? e.message : "Could not save"),
  });
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const percent = Number(new FormData(event.currentTarget).get("rate"));
    if (!Number.isFinite(percent) || percent < 0 || percent > 100) return setError("Enter a percentage between 0 and 100");
    save.mutate(percent / 100);
  }

  return (
    <section className={`panel ${styles.precision}`} aria-labelledby="precision-heading" data-testid="precision-panel">
      <div>
        <h2 id="precision-heading">Auto-approve precision</h2>
        <div className={styles.precisionValue}>{p.precision === null ? "—" : pct(p.precision)}</div>
        <div className="muted">
          {p.interval ? `95% interval ${pct(p.interval.low)}–${pct(p.interval.high)} · ` : ""}
          last {p.windowDays} days
        </div>
      </div>
      <dl className={styles.precisionCounts}>
        <div><dt>Reviewed samples</dt><dd>{p.reviewed}</dd></div>
        <div><dt>Confirmed as-is</dt><dd>{p.confirmed}</dd></div>
        <div><dt>Needed corrections</dt><dd>{p.corrected}</dd></div>
        <div><dt>Rejected</dt><dd>{p.rejected}</dd></div>
        <div><dt>Waiting for review</dt><dd>{p.pending}</dd></div>
      </dl>
      <div className={styles.sampling}>
        {editing ? (
          <form onSubmit={onSubmit} className={styles.samplingForm}>
            <label htmlFor="audit-rate">Sample rate (% of auto-approvals)</label>
            <input id="audit-rate" name="rate" type="number" min={0} max={100} step={0.5} defaultValue={(auditSampleRate * 100).toString()} autoFocus />
            <button className="btn primary" type="submit" disabled={save.isPending}>Save</button>
            <button className="btn" type="button" onClick={() => setEditing(false)}>Cancel</button>
          </form>
        ) : (
          <p>
            Sampling <strong>{pct(auditSampleRate)}</strong> of auto-approved documents for review.
            {canSetRate && (
              <button type="button" className="btn" onClick={() => setEditing(true)}>Change</button>
            )}
          </p>
        )}
        {error && <p className="error" role="alert">{error}</p>}
      </div>
    </section>
  );
}
