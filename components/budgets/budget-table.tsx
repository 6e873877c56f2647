"use client";
import { useState } from "react";
import type { BudgetView } from "@/lib/budgets/budget-contract";
import { dollarsToMicros, microsToDollars } from "@/components/budgets/budgets-api";
import { percent, usd } from "@/components/ui/format";
import styles from "@/components/budgets/budgets.module.css";

// Day/month caps with what has been spent against them this period.

const TONE = { ok: "ok", warning: "warn", exceeded: "bad" } as const;

function LimitEditor({ budget, onSave, onCancel }: { budget: BudgetView; onSave: (micros: number) => void; onCancel: () => void }) {
  const [text, setText] = useState(microsToDollars(budget.limitMicros));
  const micros = dollarsToMicros(text);
  return (
    <form
      className={styles.inline}
      onSubmit={(e) => {
        e.preventDefault();
        if (micros !== null) onSave(micros);
      }}
    >
      <input aria-label="Limit in USD" inputMode="decimal" value={text} onChange={(e) => setText(e.target.value)} autoFocus />
      <button className="btn primary" type="submit" disabled={micros === null}>
        Save
      </button>
      <button className="btn" type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}

export function BudgetTable({
  budgets,
  canChange,
  onUpdate,
  onDelete,
  busy,
}: {
  budgets: BudgetView[];
  canChange: (budget: BudgetView) => boolean;
  onUpdate: (id: string, micros: number) => void;
  onDelete: (id: string) => void;
  busy: boolean;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  if (budgets.length === 0) return <p className="muted">No spending caps yet. Without one, only the per-run cap limits spend.</p>;
  return (
    <table className="stack" data-testid="budget-table">
      <thead>
        <tr>
          <th>Applies to</th>
          <th>Period</th>
          <th className={styles.num}>Limit</th>
          <th>Used this period</th>
          <th className={styles.num}>Gateway counter</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {budgets.map((b) => (
          <tr key={b.id}>
            <td>{b.label}</td>
            <td data-label="Period">{b.period === "day" ? "Daily (UTC)" : "Monthly (UTC)"}</td>
            <td className={styles.num} data-label="Limit">
              {editing === b.id ? (
                <LimitEditor budget={b} onCancel={() => setEditing(null)} onSave={(micros) => {
                    onUpdate(b.id, micros);
                    setEditing(null);
                  }} />
              ) : (
                usd(b.limitMicros)
              )}
            </td>
            <td data-label="Used">
              {b.usage && (
                <div className={styles.usage}>
                  <div
                    className={styles.meter}
                    role="meter"
                    aria-label={`${b.label} usage`}
                    aria-valuemin={0}
                    aria-valuemax={b.limitMicros}
                    aria-valuenow={b.usage.spentMicros}
                  >
                    <div className={`${styles.fill} ${styles[b.usage.level]}`} style={{ width: `${Math.min(100, b.usage.ratio * 100)}%` }} />
                  </div>
                  <span>
                    {usd(b.usage.spentMicros)} <span className={`badge ${TONE[b.usage.level]}`}>{percent(b.usage.ratio, 0)}</span>
                  </span>
                </div>
              )}
            </td>
            <td className={styles.num} data-label="Gateway counter" title="Recorded spend plus calls in flight, as the gateway enforces it">
              {b.usage?.reservedMicros === null || !b.usage ? "—" : usd(b.usage.reservedMicros)}
            </td>
            <td className={styles.actions}>
              {canChange(b) ? (
                <>
                  <button className="btn" type="button" disabled={busy} onClick={() => setEditing(b.id)}>
                    Change
                  </button>
                  <button className="btn danger" type="button" disabled={busy} onClick={() => onDelete(b.id)}>
                    Remove
                  </button>
                </>
              ) : (
                <span className="muted">Set by the operator</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
