import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/core/errors";
import { requireConsoleUser } from "@/lib/auth/console-session";
import { loadRunTrace } from "@/lib/traces/run-trace";
import { runWaits } from "@/lib/traces/time-scale";
import { reasonLabels } from "@/lib/review/queue-contract";
import { duration, percent, usd } from "@/components/ui/format";
import { RunStatusBadge } from "@/components/traces/run-status-badge";
import { WaterfallView } from "@/components/traces/waterfall-view";
import styles from "@/components/traces/traces.module.css";

export const metadata: Metadata = { title: "Run trace" };

export default async function RunTracePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireConsoleUser(`/runs/${id}`);
  const trace = await loadRunTrace(user.tenantId, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const { run, document, waterfall } = trace;
  const facts: Array<[string, React.ReactNode]> = [
    ["Status", <RunStatusBadge key="s" status={run.status} />],
    ["Type", run.docType ?? "unclassified"],
    ["Decision", run.decision?.replaceAll("_", " ") ?? "—"],
    ["Confidence", percent(run.confidence)],
    ["Cost", `${usd(run.spentMicros)} of ${usd(run.budgetCapMicros)} cap`],
    ["Duration", duration(waterfall.totalMs)],
    ["Started", `${run.createdAt.slice(0, 19).replace("T", " ")} UTC`],
  ];
  return (
    <div className="grid">
      <div>
        <Link href="/runs">← Runs</Link>
        <div className={styles.header}>
          <h1>{document.filename}</h1>
          <span className="muted mono" style={{ overflowWrap: "anywhere" }}>{run.id}</span>
          <Link href={`/documents/${document.id}`}>Open in review</Link>
        </div>
        <dl className={styles.facts}>
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {run.error && <p className="error">{run.error}</p>}
      </div>
      <WaterfallView waterfall={waterfall} waits={runWaits({ startedAt: waterfall.startedAt, totalMs: waterfall.totalMs, runCreatedAt: run.createdAt, questions: trace.questions })} />
      <section className="panel" aria-label="Extracted fields">
        <h2>Fields</h2>
        {trace.fields.length === 0 ? (
          <p className="muted">No fields extracted.</p>
        ) : (
          <table className="stack">
            <thead>
              <tr>
                <th>Field</th>
                <th>Value</th>
                <th>Corrected</th>
                <th className={styles.num}>Confidence</th>
                <th>Flags</th>
              </tr>
            </thead>
            <tbody>
              {trace.fields.map((f) => (
                <tr key={f.name}>
                  <td>
                    <strong>{f.name}</strong>
                  </td>
                  <td className="mono" data-label="Value">
                    {f.value ?? "—"}
                  </td>
                  <td className="mono" data-label="Corrected">
                    {f.correctedValue ?? ""}
                  </td>
                  <td className={styles.num} data-label="Confidence">
                    {percent(f.confidence, 0)}
                  </td>
                  <td data-label="Flags">
                    {f.flags.map((flag) => (
                      <span key={flag} className="badge warn">
                        {flag}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {trace.questions.length > 0 && (
        <section className="panel" aria-label="Clarifying questions">
          <h2>Questions</h2>
          <ul>
            {trace.questions.map((q) => (
              <li key={q.id}>
                <strong>{q.agent}:</strong> {q.prompt} — {q.answer ? <em>{q.answer}</em> : <span className="muted">waiting for an answer</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {run.decisionReasons.length > 0 && (
        <section className="panel" aria-label="Decision reasons">
          <h2>Why it was routed this way</h2>
          <ul className={styles.reasons}>
            {run.decisionReasons.map((r, i) => (
              <li key={`${r.reason}-${i}`}>
                <span className="badge warn">{reasonLabels[r.reason]}</span> {r.detail}
                {r.fields.length > 0 && <span className="muted"> (concerns {r.fields.join(", ")})</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
