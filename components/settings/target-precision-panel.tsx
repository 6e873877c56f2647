"use client";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { api, SieveApiError, unwrap } from "@/components/ui/api";
import type { ThresholdChoiceView } from "@/lib/thresholds/threshold-contract";
import styles from "@/components/settings/settings.module.css";

// Operators say how precise auto-approval must be; Sieve picks the threshold from the reviews and
// audits so far and shows the trade-off it chose on: review rate against the precision it can vouch for.

type DocType = ThresholdChoiceView["docType"];
const DOC_TYPES: Array<{ id: DocType; label: string }> = [
  { id: "receipt", label: "Receipts" },
  { id: "invoice", label: "Invoices" },
  { id: "generic", label: "Other documents" },
];
const pct = (share: number | null) => (share === null ? "–" : `${(Math.round(share * 1000) / 10).toFixed(1)}%`);

const BASIS: Record<ThresholdChoiceView["basis"], (c: ThresholdChoiceView) => string> = {
  learned: (c) => `Threshold set to ${pct(c.threshold)} (was ${pct(c.previousThreshold)}), from ${c.labelled} checked documents with ${c.errors} errors.`,
  insufficient_data: (c) => `Only ${c.labelled} checked documents: too few to vouch for the target, so the threshold stays at ${pct(c.threshold)}.`,
  target_unreachable: (c) => `No threshold meets the target on ${c.labelled} checked documents (${c.errors} errors): every document of this type now goes to review.`,
};

export function TargetPrecisionPanel({ onChosen }: { onChosen: (docType: DocType, threshold: number) => void }) {
  const [docType, setDocType] = useState<DocType>("receipt");
  const [target, setTarget] = useState("99");
  const [problem, setProblem] = useState<string | null>(null);
  const choose = useMutation({
    mutationFn: async (body: { docType: DocType; targetPrecision: number }) => unwrap(await api.PUT("/api/v1/admin/pipeline-settings/target-precision", { body })) as ThresholdChoiceView,
    onSuccess: (choice) => {
      setProblem(null);
      onChosen(choice.docType, choice.threshold);
    },
    onError: (e) => setProblem(e instanceof SieveApiError ? e.message : "Could not choose a threshold"),
  });
  const submit = () => {
    const value = Number(target);
    if (!Number.isFinite(value) || value < 50 || value > 99.9) return setProblem("Target precision: enter a percentage from 50 to 99.9");
    choose.mutate({ docType, targetPrecision: value / 100 });
  };
  const choice = choose.data;

  return (
    <section className="panel" aria-label="Threshold from a target precision">
      <h2>Threshold from a target precision</h2>
      <p className="muted">Say how many auto-approved documents must be right; the threshold is chosen from reviews and audit samples, and never lowered on too little evidence.</p>
      <div className={styles.knobs}>
        <div className={styles.knob}>
          <label htmlFor="target-doc-type">Document type</label>
          <select id="target-doc-type" value={docType} onChange={(e) => setDocType(e.target.value as DocType)}>
            {DOC_TYPES.map((t) => (
              <option key={t.id} value={t.id}>{t.label}</option>
            ))}
          </select>
        </div>
        <div className={styles.knob}>
          <label htmlFor="target-precision">Target precision</label>
          <div className={styles.value}>
            <input id="target-precision" inputMode="decimal" value={target} onChange={(e) => setTarget(e.target.value)} />
            <span className="muted">%</span>
          </div>
        </div>
      </div>
      <div className={styles.actions}>
        <button className="btn primary" type="button" onClick={submit} disabled={choose.isPending}>Choose threshold</button>
      </div>
      {problem && <p className="error" role="alert">{problem}</p>}
      {choice && (
        <>
          <p role="status" data-testid="threshold-choice">{BASIS[choice.basis](choice)}</p>
          <table aria-label="Precision against review rate">
            <thead>
              <tr><th scope="col">Threshold</th><th scope="col">Review rate</th><th scope="col">Precision (lower bound)</th><th scope="col">Observed precision</th><th scope="col">Checked above</th></tr>
            </thead>
            <tbody>
              {choice.curve.map((p) => (
                <tr key={p.threshold} aria-current={p.threshold === choice.threshold || undefined} style={p.threshold === choice.threshold ? { fontWeight: 600 } : undefined}>
                  <td>{pct(p.threshold)}</td><td>{pct(p.reviewRate)}</td><td>{pct(p.precisionLow)}</td><td>{pct(p.observedPrecision)}</td><td>{p.labelledAbove}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
