import Link from "next/link";
import type { RunListItem } from "@/lib/traces/run-list";
import { duration, percent, usd } from "@/components/ui/format";
import { RunStatusBadge } from "@/components/traces/run-status-badge";
import styles from "@/components/traces/traces.module.css";

export function RunTable({ runs }: { runs: RunListItem[] }) {
  if (runs.length === 0) return <p className="muted panel">No runs match these filters.</p>;
  return (
    <div className={styles.tableWrap}>
      <table className="stack" data-testid="run-table">
        <thead>
          <tr>
            <th>Document</th>
            <th>Status</th>
            <th>Type</th>
            <th>Decision</th>
            <th className={styles.num}>Confidence</th>
            <th className={styles.num}>Cost</th>
            <th className={styles.num}>Duration</th>
            <th className={styles.num}>Calls</th>
            <th>Started (UTC)</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => (
            <tr key={r.id}>
              <td>
                <Link href={`/runs/${r.id}`}>{r.filename}</Link>
                <div className={`muted mono ${styles.id}`}>{r.id}</div>
              </td>
              <td data-label="Status">
                <RunStatusBadge status={r.status} />
              </td>
              <td data-label="Type">{r.docType ?? <span className="muted">unclassified</span>}</td>
              <td data-label="Decision">{r.decision?.replaceAll("_", " ") ?? <span className="muted">—</span>}</td>
              <td className={styles.num} data-label="Confidence">{percent(r.confidence, 0)}</td>
              <td className={styles.num} data-label="Cost">{usd(r.spentMicros)}</td>
              <td className={styles.num} data-label="Duration">{duration(r.durationMs)}</td>
              <td className={styles.num} data-label="Calls">
                {r.calls}
                {(r.retries > 0 || r.cacheHits > 0 || r.errors > 0) && (
                  <div className="muted" style={{ fontSize: 12 }}>
                    {[r.cacheHits && `${r.cacheHits} cached`, r.retries && `${r.retries} retried`, r.errors && `${r.errors} failed`].filter(Boolean).join(" · ")}
                  </div>
                )}
              </td>
              <td className={styles.when} data-label="Started (UTC)">{r.createdAt.slice(0, 19).replace("T", " ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
