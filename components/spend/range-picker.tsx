"use client";
import type { BreakdownDim } from "@/lib/spend/spend-query";
import type { SpendSelection } from "@/components/spend/spend-api";
import { presetSelection } from "@/components/spend/selection";
import styles from "@/components/spend/spend.module.css";

// Date range (UTC days, with quick presets), bucket size and the dimension charted over time.

const DAY = 86_400_000;
const PRESETS = [
  { label: "24 h", days: 1, granularity: "hour" },
  { label: "7 days", days: 7, granularity: "day" },
  { label: "30 days", days: 30, granularity: "day" },
  { label: "90 days", days: 90, granularity: "day" },
] as const;

export const DIM_LABELS: Record<BreakdownDim, string> = { model: "Model", agent: "Agent", docType: "Document type", token: "API token" };

const dayOf = (iso: string) => iso.slice(0, 10);
const lastDayOf = (iso: string) => new Date(new Date(iso).getTime() - 1).toISOString().slice(0, 10);

export function RangePicker({ value, onChange }: { value: SpendSelection; onChange: (next: SpendSelection) => void }) {
  const spanDays = (new Date(value.to).getTime() - new Date(value.from).getTime()) / DAY;
  const setDays = (from: string, lastDay: string) => {
    if (!from || !lastDay || lastDay < from) return;
    const next = { ...value, from: `${from}T00:00:00.000Z`, to: new Date(new Date(`${lastDay}T00:00:00.000Z`).getTime() + DAY).toISOString() };
    const days = (new Date(next.to).getTime() - new Date(next.from).getTime()) / DAY;
    onChange({ ...next, granularity: days > 31 ? "day" : next.granularity });
  };
  return (
    <div className={styles.controls} role="group" aria-label="Report range">
      <div className={styles.presets}>
        {PRESETS.map((p) => (
          <button
            key={p.label}
            type="button"
            className="btn"
            aria-pressed={Math.round(spanDays) === p.days}
            onClick={() => onChange(presetSelection(p.days, p.granularity, value.by))}
          >
            {p.label}
          </button>
        ))}
      </div>
      <div className={styles.control}>
        <label htmlFor="spend-from">From (UTC)</label>
        <input id="spend-from" type="date" value={dayOf(value.from)} onChange={(e) => setDays(e.target.value, lastDayOf(value.to))} />
      </div>
      <div className={styles.control}>
        <label htmlFor="spend-to">To (UTC)</label>
        <input id="spend-to" type="date" value={lastDayOf(value.to)} onChange={(e) => setDays(dayOf(value.from), e.target.value)} />
      </div>
      <div className={styles.control}>
        <label htmlFor="spend-granularity">Buckets</label>
        <select id="spend-granularity" value={value.granularity} onChange={(e) => onChange({ ...value, granularity: e.target.value as "hour" | "day" })}>
          <option value="hour" disabled={spanDays > 31}>
            Hour
          </option>
          <option value="day">Day</option>
        </select>
      </div>
      <div className={styles.control}>
        <label htmlFor="spend-by">Cost by</label>
        <select id="spend-by" value={value.by} onChange={(e) => onChange({ ...value, by: e.target.value as BreakdownDim })}>
          {Object.entries(DIM_LABELS).map(([dim, label]) => (
            <option key={dim} value={dim}>
              {label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
