import type { ReactNode } from "react";
import { count, duration, percent, usd } from "@/components/ui/format";
import { JsonTree } from "@/components/ui/json-tree";
import type { Selected } from "@/components/traces/waterfall-view";
import styles from "@/components/traces/traces.module.css";

// What one agent step or model call attempt did: its input, output, confidence and decision, or its
// tokens, cost, cache use, retries, breaker state and error.

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Json({ value, label }: { value: unknown; label: string }) {
  return value === null || value === undefined ? <p className="muted">—</p> : <JsonTree value={value} label={label} />;
}

export function SpanDetails({ selected }: { selected: Selected | null }) {
  if (!selected) return <aside className={`panel ${styles.details}`}>Select a step or call.</aside>;
  if (selected.kind === "step") {
    const s = selected.step;
    return (
      <aside className={`panel ${styles.details}`} aria-label="Step details" data-testid="span-details" tabIndex={0}>
        <h2>
          {s.agent} <span className="badge">{s.tier ?? "—"}</span>
        </h2>
        <dl className={styles.dl}>
          <Row label="Status">{s.status}</Row>
          <Row label="Started">+{duration(s.startMs)}</Row>
          <Row label="Duration">{s.finished ? duration(s.durationMs) : `${duration(s.durationMs)} so far`}</Row>
          <Row label="Confidence">{percent(s.confidence)}</Row>
          <Row label="Decision">{s.decision ?? "—"}</Row>
          {s.escalationReason && <Row label="Escalated because">{s.escalationReason}</Row>}
          <Row label="Model calls">
            {s.calls.length} · {usd(s.costMicros)}
          </Row>
          {s.error && (
            <Row label="Error">
              <span className="error">{s.error}</span>
            </Row>
          )}
        </dl>
        <h3 className={styles.h3}>Input</h3>
        <Json key={`${s.id}-input`} value={s.input} label="Step input" />
        <h3 className={styles.h3}>Output</h3>
        <Json key={`${s.id}-output`} value={s.output} label="Step output" />
      </aside>
    );
  }
  const c = selected.call;
  return (
    <aside className={`panel ${styles.details}`} aria-label="Model call details" data-testid="span-details" tabIndex={0}>
      <h2>
        {c.model} <span className="badge">{c.provider}</span>
      </h2>
      <dl className={styles.dl}>
        <Row label="Agent">{c.agent ?? "—"}</Row>
        <Row label="Attempt">{c.attempt > 1 ? `${c.attempt} (retry)` : c.attempt}</Row>
        <Row label="Started">+{duration(c.startMs)}</Row>
        <Row label="Latency">{duration(c.durationMs)}</Row>
        <Row label="Tokens in / out">
          {count(c.inputTokens)} / {count(c.outputTokens)}
        </Row>
        <Row label="Cost">{usd(c.costMicros)}</Row>
        <Row label="Cache">{c.cacheHit ? "hit (no upstream call)" : "miss"}</Row>
        <Row label="Streamed">{c.streamed ? "yes" : "no"}</Row>
        <Row label="Breaker">{c.breakerState ?? "—"}</Row>
        {c.errorClass && (
          <Row label="Error">
            <span className="error">
              {c.errorClass}
              {c.errorMessage ? `: ${c.errorMessage}` : ""}
            </span>
          </Row>
        )}
      </dl>
    </aside>
  );
}
