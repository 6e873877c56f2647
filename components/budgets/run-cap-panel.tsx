"use client";
import { useState } from "react";
import type { BudgetView } from "@/lib/budgets/budget-contract";
import type { RunCapSettings } from "@/lib/budgets/budget-contract";
import { dollarsToMicros, microsToDollars } from "@/components/budgets/budgets-api";
import { usd } from "@/components/ui/format";
import styles from "@/components/budgets/budgets.module.css";

// The hard cap each run gets (the gateway refuses calls past it) and the most an upload may ask for.

const ROWS = [
  { id: "default", label: "Default per-run cap", key: "defaultMicros" },
  { id: "max", label: "Maximum a caller may request", key: "maxMicros" },
] as const;

export function RunCapPanel(props: {
  caps: RunCapSettings;
  rows: BudgetView[];
  busy: boolean;
  /** Shown to tenant admins: the caps bind every tenant, operators set them. */
  readOnly: boolean;
  onSet: (id: "default" | "max", existing: BudgetView | undefined, micros: number) => void;
  onReset: (existing: BudgetView) => void;
}) {
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  return (
    <div className={styles.runCaps}>
      {ROWS.map((row) => {
        const existing = props.rows.find((b) => b.scopeId === row.id);
        const draft = drafts[row.id] ?? microsToDollars(props.caps[row.key]);
        const micros = dollarsToMicros(draft);
        return (
          <form
            key={row.id}
            className="card"
            onSubmit={(e) => {
              e.preventDefault();
              if (micros !== null) props.onSet(row.id, existing, micros);
            }}
          >
            {props.readOnly ? <div>{row.label}</div> : <label htmlFor={`run-cap-${row.id}`}>{row.label}</label>}
            <div className="value">{usd(props.caps[row.key])}</div>
            <div className="muted" style={{ fontSize: 12 }}>
              {props.caps.source[row.id === "default" ? "default" : "max"] === "admin" ? (props.readOnly ? "set by the operator" : "set here") : "from configuration"}
            </div>
            {!props.readOnly && (
              <div className={styles.inline}>
                <input id={`run-cap-${row.id}`} inputMode="decimal" value={draft} onChange={(e) => setDrafts({ ...drafts, [row.id]: e.target.value })} />
                <button className="btn primary" type="submit" disabled={micros === null || props.busy}>
                  Set
                </button>
                {existing && (
                  <button className="btn" type="button" disabled={props.busy} onClick={() => props.onReset(existing)}>
                    Use configuration
                  </button>
                )}
              </div>
            )}
          </form>
        );
      })}
    </div>
  );
}
