"use client";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { ConfidenceMeter } from "@/components/ui/confidence-meter";
import styles from "@/components/review/review.module.css";
import type { ReviewField } from "@/lib/review/review-contract";

const flagLabels: Record<string, string> = {
  low_confidence: "low confidence",
  not_in_document: "not found in the document",
  ocr_doubt: "doubtful OCR",
  e_invoice: "confirmed by the e-invoice",
  e_invoice_conflict: "contradicts the e-invoice",
};

interface Props {
  fields: ReviewField[];
  flagged: Set<string>;
  activeId: string | null;
  editingId: string | null;
  canEdit: boolean;
  errors: Record<string, string>;
  savingId: string | null;
  onActivate: (id: string) => void;
  onEdit: (id: string | null) => void;
  /** `baseVersion` is the field's version when editing began: saving over a newer one is refused. */
  onSave: (field: ReviewField, value: string, baseVersion: number) => void;
}

export function FieldList(props: Props) {
  const { fields } = props;
  if (fields.length === 0) return <p className="muted">No fields extracted (yet).</p>;
  return (
    <ol className={styles.fields} aria-label="Extracted fields">
      {fields.map((field) => (
        <FieldRow key={field.id} field={field} {...props} />
      ))}
    </ol>
  );
}

function FieldRow({ field, flagged, activeId, editingId, canEdit, errors, savingId, onActivate, onEdit, onSave }: Props & { field: ReviewField }) {
  const active = field.id === activeId;
  const editing = field.id === editingId;
  const input = useRef<HTMLInputElement | null>(null);
  const [draft, setDraft] = useState(field.effectiveValue ?? "");
  const [baseVersion, setBaseVersion] = useState(field.version);
  const row = useRef<HTMLLIElement | null>(null);

  useEffect(() => {
    if (editing) {
      // Pinned when editing starts, so a refresh that arrives mid-edit cannot turn a stale save into an overwrite.
      setBaseVersion(field.version);
      input.current?.focus();
      input.current?.select();
    }
    // Only entering edit mode pins the version.
  }, [editing]);
  useEffect(() => {
    if (active && !editing) row.current?.scrollIntoView({ block: "nearest" });
  }, [active, editing]);
  // A refetch after someone else's edit shows their value, unless the reviewer is typing.
  useEffect(() => {
    if (!editing) setDraft(field.effectiveValue ?? "");
  }, [field.effectiveValue, editing]);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSave(field, draft, baseVersion);
  }

  const flags = [...field.flags.map((f) => flagLabels[f] ?? f.replace(/_/g, " ")), ...(flagged.has(field.name) ? ["flagged by the pipeline"] : [])];
  return (
    <li
      ref={row}
      className={`${styles.field} ${active ? styles.fieldActive : ""}`}
      data-testid="field-row"
      data-field-name={field.name}
      data-active={active || undefined}
      onClick={() => onActivate(field.id)}
    >
      <div className={styles.fieldHead}>
        <span className={styles.fieldLabel} id={`label-${field.id}`}>{field.label}</span>
        <ConfidenceMeter value={field.confidence} />
      </div>
      {editing ? (
        <form onSubmit={submit} className={styles.editForm}>
          <label htmlFor={`edit-${field.id}`} className={styles.srOnly}>New value for {field.label}</label>
          <input
            id={`edit-${field.id}`}
            ref={input}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Escape") {
                e.preventDefault();
                setDraft(field.effectiveValue ?? "");
                onEdit(null);
              }
            }}
            aria-describedby={errors[field.id] ? `error-${field.id}` : undefined}
            aria-invalid={!!errors[field.id]}
          />
          <button className="btn primary" type="submit" disabled={savingId === field.id}>
            {savingId === field.id ? "Saving…" : "Save"}
          </button>
          <button className="btn" type="button" onClick={() => onEdit(null)}>Cancel</button>
        </form>
      ) : (
        <div className={styles.fieldValueRow}>
          <span className={styles.fieldValue} data-testid="field-value">
            {field.effectiveValue ?? <span className="muted">(empty)</span>}
          </span>
          {canEdit && (
            <button
              type="button"
              className="btn"
              onClick={(e) => {
                e.stopPropagation();
                onActivate(field.id);
                onEdit(field.id);
              }}
              aria-label={`Edit ${field.label}`}
            >
              Edit
            </button>
          )}
        </div>
      )}
      {field.correctedValue !== null && (
        <div className={`${styles.small} muted`}>
          Extracted <s>{field.value ?? "(empty)"}</s> · corrected by {field.correctedBy ?? "a reviewer"}
        </div>
      )}
      {flags.length > 0 && (
        <div className={styles.flags}>
          {flags.map((f) => (
            <span key={f} className="badge warn">{f}</span>
          ))}
        </div>
      )}
      {field.sourceStart === null && <div className={`${styles.small} muted`}>No source span in the text</div>}
      {errors[field.id] && (
        <p className="error" role="alert" id={`error-${field.id}`}>{errors[field.id]}</p>
      )}
    </li>
  );
}
