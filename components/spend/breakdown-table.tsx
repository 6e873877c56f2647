import type { BreakdownRow } from "@/lib/spend/spend-contract";
import { compact, count, percent, usd } from "@/components/ui/format";
import styles from "@/components/spend/spend.module.css";

// One dimension's totals over the range, most expensive first.

export function BreakdownTable({ title, rows, totalMicros, showSaved }: { title: string; rows: BreakdownRow[]; totalMicros: number; showSaved?: boolean }) {
  // "Model" reads "by model"; the acronym in "API token" keeps its capitals.
  const noun = title.startsWith("API") ? title : title.toLowerCase();
  return (
    <section className={`panel ${styles.breakdown}`} aria-label={`Spend by ${noun}`} tabIndex={0}>
      <h2>By {noun}</h2>
      {rows.length === 0 ? (
        <p className="muted">No model calls in this range.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{title}</th>
              <th className={styles.num}>Cost</th>
              <th className={styles.num}>Share</th>
              <th className={styles.num}>Calls</th>
              <th className={styles.num}>Tokens in / out</th>
              <th className={styles.num}>Cache hits</th>
              <th className={styles.num}>Retries</th>
              {showSaved && <th className={styles.num}>Saved by cache</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key ?? "∅"}>
                <td className={r.key === null ? "muted" : undefined}>{r.label}</td>
                <td className={styles.num}>{usd(r.costMicros)}</td>
                <td className={styles.num}>{percent(totalMicros ? r.costMicros / totalMicros : null)}</td>
                <td className={styles.num}>{count(r.calls)}</td>
                <td className={styles.num}>
                  {compact(r.inputTokens)} / {compact(r.outputTokens)}
                </td>
                <td className={styles.num}>{count(r.cacheHits)}</td>
                <td className={styles.num}>{count(r.retries)}</td>
                {showSaved && <td className={styles.num}>{usd(r.savedMicros)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
