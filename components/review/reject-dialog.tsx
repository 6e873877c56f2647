"use client";
import { useEffect, useRef, useState, type FormEvent } from "react";
import styles from "@/components/review/review.module.css";
import { rejectReasonLabels, type RejectReason } from "@/lib/review/review-contract";

interface Props {
  open: boolean;
  pending: boolean;
  error: string | null;
  onCancel: () => void;
  onReject: (reason: RejectReason, note: string) => void;
}

/** Rejecting always says why: a reason from a short list, and a note (required for "Other"). */
export function RejectDialog({ open, pending, error, onCancel, onReject }: Props) {
  const dialog = useRef<HTMLDialogElement | null>(null);
  const [reason, setReason] = useState<RejectReason>("incorrect_data");
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (reason === "other" && !note.trim()) return setProblem("Say why when the reason is “Other”");
    setProblem(null);
    onReject(reason, note.trim());
  }

  return (
    <dialog ref={dialog} className={styles.dialog} aria-labelledby="reject-title" onCancel={(e) => (e.preventDefault(), onCancel())}>
      <form onSubmit={submit}>
        <h2 id="reject-title">Reject this document</h2>
        <fieldset className={styles.reasons}>
          <legend>Reason</legend>
          {(Object.keys(rejectReasonLabels) as RejectReason[]).map((r) => (
            <label key={r} className={styles.radio}>
              <input type="radio" name="reason" value={r} checked={reason === r} onChange={() => setReason(r)} />
              {rejectReasonLabels[r]}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="reject-note">Note {reason === "other" ? "(required)" : "(optional)"}</label>
          <textarea id="reject-note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        {(problem || error) && <p className="error" role="alert">{problem ?? error}</p>}
        <div className={styles.dialogActions}>
          <button type="button" className="btn" onClick={onCancel}>Cancel</button>
          <button type="submit" className="btn primary" disabled={pending}>{pending ? "Rejecting…" : "Reject document"}</button>
        </div>
      </form>
    </dialog>
  );
}
