import styles from "@/components/review/review.module.css";
import { auditActionLabels, type AuditEntry } from "@/lib/review/review-contract";

function detail(entry: AuditEntry): string | null {
  const d = entry.data ?? {};
  const str = (v: unknown) => (v === null || v === undefined ? "(empty)" : String(v));
  switch (entry.action) {
    case "field.corrected":
      return `${str(d.label ?? d.field)}: ${str(d.from)} → ${str(d.to)}`;
    case "review.rejected":
    case "review.approved":
      return [typeof d.note === "string" ? d.note : null, typeof d.corrections === "number" && d.corrections > 0 ? `${d.corrections} field(s) corrected` : null]
        .filter(Boolean)
        .join(" · ") || null;
    case "question.answered":
      return typeof d.answer === "string" ? `“${d.answer}”` : null;
    case "run.needs_review":
    case "run.approved":
    case "run.waiting_for_answer": {
      const reasons = Array.isArray(d.reasons) ? d.reasons.map((r) => (r && typeof r === "object" && "detail" in r ? String(r.detail) : null)).filter(Boolean) : [];
      const confidence = typeof d.confidence === "number" ? `confidence ${d.confidence.toFixed(2)}${typeof d.threshold === "number" ? ` (threshold ${d.threshold})` : ""}` : null;
      return [confidence, ...reasons, d.auditSample ? "sampled for audit" : null].filter(Boolean).join(" · ") || null;
    }
    case "review.claimed":
      return d.tookOverExpiredClaimOf ? "took over an expired claim" : null;
    default:
      return null;
  }
}

/** Every claim, edit, decision and answer on this document, oldest first. */
export function AuditTrail({ entries }: { entries: AuditEntry[] }) {
  return (
    <section className="panel" aria-labelledby="audit-heading" data-testid="audit-trail">
      <h2 id="audit-heading">Audit trail</h2>
      {entries.length === 0 ? (
        <p className="muted">Nothing recorded yet.</p>
      ) : (
        <ol className={styles.audit}>
          {entries.map((e) => {
            const more = detail(e);
            return (
              <li key={e.id} data-action={e.action}>
                <time dateTime={e.createdAt} suppressHydrationWarning>{new Date(e.createdAt).toLocaleString()}</time>
                <span>
                  <strong>{e.actor ?? "Sieve"}</strong> {auditActionLabels[e.action] ?? e.action.replace(/[._]/g, " ")}
                  {more && <span className="muted"> — {more}</span>}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
