"use client";
import { useState } from "react";
import type { Waterfall, WaterfallCall, WaterfallStep } from "@/lib/traces/waterfall";
import { count, duration, percent, usd } from "@/components/ui/format";
import { SpanDetails } from "@/components/traces/span-details";
import styles from "@/components/traces/traces.module.css";

// Agent steps and their model call attempts on one timeline; selecting a bar shows its details.

export type Selected = { kind: "step"; step: WaterfallStep } | { kind: "call"; call: WaterfallCall; step: WaterfallStep | null };

function callTone(c: WaterfallCall): string {
  if (c.errorClass) return styles.callError!;
  if (c.cacheHit) return styles.callCached!;
  if (c.attempt > 1) return styles.callRetry!;
  return styles.call!;
}

function Bar({ startMs, durationMs, totalMs, tone }: { startMs: number; durationMs: number; totalMs: number; tone: string }) {
  const left = totalMs ? (startMs / totalMs) * 100 : 0;
  const width = totalMs ? Math.max(0.4, (durationMs / totalMs) * 100) : 100;
  return (
    <div className={styles.track}>
      <div className={`${styles.bar} ${tone}`} style={{ left: `${Math.min(left, 99.6)}%`, width: `${Math.min(width, 100 - Math.min(left, 99.6))}%` }} />
    </div>
  );
}

const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

function callLabel(c: WaterfallCall): string {
  const flags = [c.cacheHit && "cache hit", c.attempt > 1 && `attempt ${c.attempt}`, c.errorClass].filter(Boolean).join(", ");
  return `${c.model}${flags ? ` (${flags})` : ""}`;
}

export function WaterfallView({ waterfall }: { waterfall: Waterfall }) {
  const first = waterfall.steps[0];
  const [selected, setSelected] = useState<Selected | null>(first ? { kind: "step", step: first } : null);
  const { totalMs, totals } = waterfall;
  const isSelected = (id: string) => (selected?.kind === "step" ? selected.step.id === id : selected?.call.id === id);
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const callRow = (c: WaterfallCall, step: WaterfallStep | null) => (
    <button
      key={c.id}
      type="button"
      className={`${styles.row} ${styles.callRow}`}
      aria-pressed={isSelected(c.id)}
      onClick={() => setSelected({ kind: "call", call: c, step })}
    >
      <span className={styles.rowLabel}>
        {callLabel(c)}
        <span className="muted"> · {duration(c.durationMs)}</span>
      </span>
      <Bar startMs={c.startMs} durationMs={c.durationMs} totalMs={totalMs} tone={callTone(c)} />
    </button>
  );
  return (
    <div className={styles.waterfallLayout}>
      <section className={`panel ${styles.waterfall}`} aria-label="Run waterfall" data-testid="waterfall">
        <h2>Timeline</h2>
        <p className="muted">
          {duration(totalMs)} · {plural(totals.calls, "model call attempt")} · {plural(totals.retries, "retry", "retries")} · {plural(totals.cacheHits, "cache hit")} ·{" "}
          {count(totals.inputTokens)} tokens in / {count(totals.outputTokens)} out · {usd(totals.costMicros)}
        </p>
        <div className={styles.axis} aria-hidden>
          <span className={styles.rowLabel} />
          <div className={styles.track}>
            {ticks.map((t) => (
              <span key={t} className={styles.tick} style={{ left: `${t * 100}%` }}>
                {duration(Math.round(t * totalMs))}
              </span>
            ))}
          </div>
        </div>
        {waterfall.steps.map((s) => (
          <div key={s.id} className={styles.stepGroup}>
            <button type="button" className={`${styles.row} ${styles.stepRow}`} aria-pressed={isSelected(s.id)} onClick={() => setSelected({ kind: "step", step: s })}>
              <span className={styles.rowLabel}>
                <strong>{s.agent}</strong> <span className="badge">{s.tier ?? "—"}</span>
                {s.decision && <span className="muted"> · {s.decision}</span>}
                {s.confidence !== null && <span className="muted"> · {percent(s.confidence, 0)}</span>}
              </span>
              <Bar startMs={s.startMs} durationMs={s.durationMs} totalMs={totalMs} tone={s.status === "failed" ? styles.stepFailed! : s.finished ? styles.step! : styles.stepRunning!} />
            </button>
            {s.calls.map((c) => callRow(c, s))}
          </div>
        ))}
        {waterfall.otherCalls.length > 0 && (
          <div className={styles.stepGroup}>
            <div className={`${styles.row} muted`}>Calls without a step</div>
            {waterfall.otherCalls.map((c) => callRow(c, null))}
          </div>
        )}
        <div className={styles.legend} aria-hidden>
          <span className={`${styles.swatch} ${styles.step}`} /> agent step <span className={`${styles.swatch} ${styles.call}`} /> model call{" "}
          <span className={`${styles.swatch} ${styles.callRetry}`} /> retry <span className={`${styles.swatch} ${styles.callCached}`} /> cache hit{" "}
          <span className={`${styles.swatch} ${styles.callError}`} /> failed attempt
        </div>
      </section>
      <SpanDetails selected={selected} />
    </div>
  );
}
