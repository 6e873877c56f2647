"use client";
import { useMemo, useState } from "react";
import type { Waterfall, WaterfallCall, WaterfallStep } from "@/lib/traces/waterfall";
import { buildTimeScale, type TimeScale, type Wait } from "@/lib/traces/time-scale";
import { count, duration, percent, usd } from "@/components/ui/format";
import { SpanDetails } from "@/components/traces/span-details";
import styles from "@/components/traces/traces.module.css";

// Agent steps and their model call attempts on one timeline, with the run's waits (queue,
// questions) as hatched bars of their own and long idle gaps drawn as breaks; selecting a bar
// shows its details.

export type Selected = { kind: "step"; step: WaterfallStep } | { kind: "call"; call: WaterfallCall; step: WaterfallStep | null };

function callTone(c: WaterfallCall): string {
  if (c.errorClass) return styles.callError!;
  if (c.cacheHit) return styles.callCached!;
  if (c.attempt > 1) return styles.callRetry!;
  return styles.call!;
}

function Bar({ startMs, durationMs, scale, tone }: { startMs: number; durationMs: number; scale: TimeScale; tone: string }) {
  const left = Math.min(scale.x(startMs), 99.6);
  const width = Math.max(0.4, scale.x(startMs + durationMs) - left);
  return (
    <div className={styles.track}>
      {scale.breaks.map((b) => (
        <span key={b.fromMs} className={styles.breakBand} style={{ left: `${b.leftPct}%`, width: `${b.widthPct}%` }} />
      ))}
      <div className={`${styles.bar} ${tone}`} style={{ left: `${left}%`, width: `${Math.min(width, 100 - left)}%` }} />
    </div>
  );
}

function waitLabel(w: Wait): string {
  const length = `${duration(w.durationMs)}${w.open ? " so far" : ""}`;
  return w.kind === "queue" ? `queued ${length}` : `waiting for answer ${length}`;
}

/** Axis labels at even steps of the drawn width, leaving room for each break's own label. */
function axisTicks(scale: TimeScale) {
  const centres = scale.breaks.map((b) => b.leftPct + b.widthPct / 2);
  return [0, 25, 50, 75, 100].flatMap((pct) => {
    const ms = scale.at(pct);
    if (ms === null || centres.some((c) => Math.abs(c - pct) < 12)) return [];
    return [{ pct, label: duration(Math.round(ms - scale.startMs)) }];
  });
}

const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

function callLabel(c: WaterfallCall): string {
  const flags = [c.cacheHit && "cache hit", c.attempt > 1 && `attempt ${c.attempt}`, c.errorClass].filter(Boolean).join(", ");
  return `${c.model}${flags ? ` (${flags})` : ""}`;
}

export function WaterfallView({ waterfall, waits }: { waterfall: Waterfall; waits: Wait[] }) {
  const first = waterfall.steps[0];
  const [selected, setSelected] = useState<Selected | null>(first ? { kind: "step", step: first } : null);
  const { totalMs, totals } = waterfall;
  const isSelected = (id: string) => (selected?.kind === "step" ? selected.step.id === id : selected?.call.id === id);
  const scale = useMemo(() => {
    const spans = [...waterfall.steps, ...waterfall.steps.flatMap((s) => s.calls), ...waterfall.otherCalls];
    return buildTimeScale(spans, { startMs: Math.min(0, ...waits.map((w) => w.startMs)), endMs: Math.max(totalMs, ...waits.map((w) => w.startMs + w.durationMs)) });
  }, [waterfall, waits, totalMs]);
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
      <Bar startMs={c.startMs} durationMs={c.durationMs} scale={scale} tone={callTone(c)} />
    </button>
  );
  const stepGroup = (s: WaterfallStep) => (
    <div key={s.id} className={styles.stepGroup}>
      <button type="button" className={`${styles.row} ${styles.stepRow}`} aria-pressed={isSelected(s.id)} onClick={() => setSelected({ kind: "step", step: s })}>
        <span className={styles.rowLabel}>
          <strong>{s.agent}</strong> <span className="badge">{s.tier ?? "—"}</span>
          {s.decision && <span className="muted"> · {s.decision}</span>}
          {s.confidence !== null && <span className="muted"> · {percent(s.confidence, 0)}</span>}
        </span>
        <Bar startMs={s.startMs} durationMs={s.durationMs} scale={scale} tone={s.status === "failed" ? styles.stepFailed! : s.finished ? styles.step! : styles.stepRunning!} />
      </button>
      {s.calls.map((c) => callRow(c, s))}
    </div>
  );
  const waitRow = (w: Wait) => (
    <div key={`wait-${w.kind}-${w.startMs}`} className={`${styles.row} ${styles.waitRow}`} data-testid="wait-bar">
      <span className={styles.rowLabel}>{waitLabel(w)}</span>
      <Bar startMs={w.startMs} durationMs={w.durationMs} scale={scale} tone={styles.wait!} />
    </div>
  );
  // Steps and waits in the order they began, so a question's wait sits between the agents around it.
  const timeline = [...waterfall.steps.map((st) => ({ startMs: st.startMs, node: stepGroup(st) })), ...waits.map((w) => ({ startMs: w.startMs, node: waitRow(w) }))].sort(
    (a, b) => a.startMs - b.startMs,
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
            {axisTicks(scale).map((t) => (
              <span key={t.pct} className={styles.tick} data-edge={t.pct === 0 ? "start" : t.pct === 100 ? "end" : undefined} style={{ left: `${t.pct}%` }}>
                {t.label}
              </span>
            ))}
            {scale.breaks.map((b) => {
              const centre = b.leftPct + b.widthPct / 2;
              return (
                <span key={b.fromMs} className={styles.breakLabel} data-edge={centre < 15 ? "start" : centre > 85 ? "end" : undefined} style={{ left: `${centre}%` }}>
                  ≈ {duration(b.toMs - b.fromMs)}
                </span>
              );
            })}
          </div>
        </div>
        {timeline.map((t) => t.node)}
        {waterfall.otherCalls.length > 0 && (
          <div className={styles.stepGroup}>
            <div className={`${styles.row} muted`}>Calls without a step</div>
            {waterfall.otherCalls.map((c) => callRow(c, null))}
          </div>
        )}
        <div className={styles.legend} aria-hidden>
          <span className={`${styles.swatch} ${styles.step}`} /> agent step <span className={`${styles.swatch} ${styles.call}`} /> model call{" "}
          <span className={`${styles.swatch} ${styles.callRetry}`} /> retry <span className={`${styles.swatch} ${styles.callCached}`} /> cache hit{" "}
          <span className={`${styles.swatch} ${styles.callError}`} /> failed attempt <span className={`${styles.swatch} ${styles.wait}`} /> waiting{" "}
          {scale.breaks.length > 0 && (
            <>
              <span className={`${styles.swatch} ${styles.breakSwatch}`} /> break in the time axis
            </>
          )}
        </div>
      </section>
      <SpanDetails selected={selected} />
    </div>
  );
}
