"use client";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, SieveApiError, unwrap } from "@/components/ui/api";
import type { PipelineSettings, PipelineSettingsPage, PipelineSettingsPatch } from "@/lib/pipeline/pipeline-settings";
import styles from "@/components/settings/settings.module.css";
import { TargetPrecisionPanel } from "@/components/settings/target-precision-panel";

// The pipeline's knobs as a form: shares are typed as percentages, blanks mean "default" where a
// knob has no fixed default (extraction escalation follows the auto-approve threshold).

type Draft = Record<string, string>;

const DOC_TYPES = [
  { id: "receipt", label: "Receipts" },
  { id: "invoice", label: "Invoices" },
  { id: "generic", label: "Other documents" },
] as const;
const SLA = [
  { id: "high", label: "High priority" },
  { id: "normal", label: "Normal" },
  { id: "low", label: "Low priority" },
] as const;

const pct = (share: number | null) => (share === null ? "" : String(Math.round(share * 1000) / 10));

function draftOf(s: PipelineSettings): Draft {
  return {
    ...Object.fromEntries(DOC_TYPES.map((t) => [`approve.${t.id}`, pct(s.autoApproveThresholds[t.id])])),
    auditSampleRate: pct(s.auditSampleRate),
    classificationThreshold: pct(s.classificationThreshold),
    ...Object.fromEntries(SLA.map((b) => [`sla.${b.id}`, String(s.slaHours[b.id])])),
    "escalate.extraction": pct(s.escalationThresholds.extraction),
    "escalate.classification": pct(s.escalationThresholds.classification),
    "escalate.summarisation": pct(s.escalationThresholds.summarisation),
  };
}

/** Percent text → share, or an error message. */
function share(text: string, label: string): number {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value < 0 || value > 100) throw new Error(`${label}: enter a percentage from 0 to 100`);
  return value / 100;
}

function settingsOf(d: Draft): PipelineSettings {
  const hours = (id: string, label: string) => {
    const value = Number(d[`sla.${id}`]);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${label} SLA: enter a number of hours above 0`);
    return value;
  };
  return {
    autoApproveThresholds: { receipt: share(d["approve.receipt"], "Receipts"), invoice: share(d["approve.invoice"], "Invoices"), generic: share(d["approve.generic"], "Other documents") },
    auditSampleRate: share(d.auditSampleRate, "Audit sample"),
    classificationThreshold: share(d.classificationThreshold, "Document type"),
    slaHours: { high: hours("high", "High priority"), normal: hours("normal", "Normal"), low: hours("low", "Low priority") },
    escalationThresholds: {
      extraction: d["escalate.extraction"].trim() === "" ? null : share(d["escalate.extraction"], "Extraction"),
      classification: share(d["escalate.classification"], "Classification"),
      summarisation: share(d["escalate.summarisation"], "Summarisation"),
    },
  };
}

/** Only the knobs whose value changed; extraction's "follow the threshold" is stored as the key left out. */
function patchOf(before: PipelineSettings, after: PipelineSettings): PipelineSettingsPatch {
  const patch: PipelineSettingsPatch = {};
  const changed = (k: keyof PipelineSettings) => JSON.stringify(before[k]) !== JSON.stringify(after[k]);
  if (changed("autoApproveThresholds")) patch.autoApproveThresholds = after.autoApproveThresholds;
  if (changed("auditSampleRate")) patch.auditSampleRate = after.auditSampleRate;
  if (changed("classificationThreshold")) patch.classificationThreshold = after.classificationThreshold;
  if (changed("slaHours")) patch.slaHours = after.slaHours;
  if (changed("escalationThresholds")) {
    const { extraction, ...rest } = after.escalationThresholds;
    patch.escalationThresholds = extraction === null ? rest : { ...rest, extraction };
  }
  return patch;
}

// OpenAPI cannot say that the thresholds' keys are exactly the document types; the contract's own type does.
const save = async (patch: PipelineSettingsPatch) => unwrap(await api.PUT("/api/v1/admin/pipeline-settings", { body: patch })) as PipelineSettingsPage;

export function PipelineSettingsForm({ initial, canChange }: { initial: PipelineSettingsPage; canChange: boolean }) {
  const [page, setPage] = useState(initial);
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial.settings));
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: (next) => {
      setPage(next);
      setDraft(draftOf(next.settings));
      setProblem(null);
      setSaved(true);
    },
    onError: (e) => setProblem(e instanceof SieveApiError ? e.message : "Could not save the settings"),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    try {
      const patch = patchOf(page.settings, settingsOf(draft));
      if (Object.keys(patch).length === 0) return setProblem("Nothing changed");
      mutation.mutate(patch);
    } catch (e) {
      setProblem((e as Error).message);
    }
  }

  const input = (key: string, label: string, hint: string, unit = "%") => (
    <div className={styles.knob} key={key}>
      <label htmlFor={`knob-${key}`}>{label}</label>
      <div className={styles.value}>
        <input
          id={`knob-${key}`}
          inputMode="decimal"
          value={draft[key]}
          readOnly={!canChange}
          aria-describedby={`hint-${key}`}
          onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        />
        <span className="muted">{unit}</span>
      </div>
      <div id={`hint-${key}`} className={`muted ${styles.hint}`}>
        {hint}
      </div>
    </div>
  );
  const d = page.defaults;
  const changedNote = (name: PipelineSettingsPage["overridden"][number]) => (page.overridden.includes(name) ? " (changed)" : "");

  const chosen = (docType: keyof PipelineSettings["autoApproveThresholds"], threshold: number) => {
    const settings = { ...page.settings, autoApproveThresholds: { ...page.settings.autoApproveThresholds, [docType]: threshold } };
    setPage({ ...page, settings, overridden: [...new Set([...page.overridden, "autoApproveThresholds" as const])] });
    setDraft({ ...draft, [`approve.${docType}`]: pct(threshold) });
  };

  return (
    <>
      <form className="grid" onSubmit={onSubmit} aria-label="Pipeline settings">
        <section className="panel" aria-label="Auto-approval">
          <h2>Auto-approval{changedNote("autoApproveThresholds")}</h2>
          <p className="muted">A document skips review when the estimated chance that all its required fields are right reaches this.</p>
          <div className={styles.knobs}>{DOC_TYPES.map((t) => input(`approve.${t.id}`, t.label, `Default ${pct(d.autoApproveThresholds[t.id])}%`))}</div>
        </section>
        <section className="panel" aria-label="Review">
          <h2>Review</h2>
          <div className={styles.knobs}>
            {input("auditSampleRate", `Audit sample of auto-approvals${changedNote("auditSampleRate")}`, `Default ${pct(d.auditSampleRate)}%`)}
            {input("classificationThreshold", `Document type confidence${changedNote("classificationThreshold")}`, `Below it the type is in doubt: review. Default ${pct(d.classificationThreshold)}%`)}
            {SLA.map((b) => input(`sla.${b.id}`, `${b.label} SLA${changedNote("slaHours")}`, `Default ${d.slaHours[b.id]} h`, "h"))}
          </div>
        </section>
        <section className="panel" aria-label="Escalation to the LLM">
          <h2>Escalation to the LLM{changedNote("escalationThresholds")}</h2>
          <p className="muted">With a model configured, a local answer below this confidence is sent on to it.</p>
          <div className={styles.knobs}>
            {input("escalate.extraction", "Extraction", "Blank: the document type's auto-approve threshold (default)")}
            {input("escalate.classification", "Classification", `Default ${pct(d.escalationThresholds.classification)}%`)}
            {input("escalate.summarisation", "Summarisation", `Default ${pct(d.escalationThresholds.summarisation)}%`)}
          </div>
        </section>
        {problem && (
          <p className="error" role="alert">
            {problem}
          </p>
        )}
        {saved && <p role="status">Saved. New runs use these settings.</p>}
        {canChange && (
          <div className={styles.actions}>
            <button className="btn primary" type="submit" disabled={mutation.isPending}>
              Save settings
            </button>
            <button
              className="btn"
              type="button"
              disabled={mutation.isPending || page.overridden.length === 0}
              onClick={() => mutation.mutate(Object.fromEntries(page.overridden.map((name) => [name, null])))}
            >
              Reset all to defaults
            </button>
          </div>
        )}
      </form>
      {canChange && <TargetPrecisionPanel onChosen={chosen} />}
    </>
  );
}
