"use client";
import { useState, type FormEvent } from "react";
import styles from "@/components/vendors/vendors.module.css";
import type { VendorUpdate, VendorView } from "@/lib/vendors/vendor-contract";

const FIELDS = [
  { key: "name", label: "Name", max: 200, hint: "How documents from this vendor will be read" },
  { key: "address", label: "Address", max: 500, wide: true },
  { key: "taxId", label: "Tax id", max: 40, hint: "A VAT id with its country prefix is checked" },
  { key: "iban", label: "IBAN", max: 42 },
  { key: "currency", label: "Currency", max: 3, hint: "Three letters, e.g. EUR" },
] as const;
type Key = (typeof FIELDS)[number]["key"];

const valuesOf = (v: VendorView): Record<Key, string> => ({ name: v.name, address: v.address ?? "", taxId: v.taxId ?? "", iban: v.iban ?? "", currency: v.currency ?? "" });

interface Props {
  vendor: VendorView;
  pending: boolean;
  error: string | null;
  onSave: (body: VendorUpdate) => Promise<unknown>;
}

// The vendor's editable values; only what changed is sent, with the version it was changed from.

/** Keyed by the vendor's version by its parent, so a save (or someone else's) starts it afresh. */
export function VendorEditForm({ vendor, pending, error, onSave }: Props) {
  const [values, setValues] = useState(() => valuesOf(vendor));
  const [problem, setProblem] = useState<string | null>(null);
  const saved = valuesOf(vendor);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!values.name.trim()) return setProblem("Enter the vendor's name");
    setProblem(null);
    const body: VendorUpdate = { version: vendor.version };
    for (const { key } of FIELDS) {
      const value = values[key].trim();
      if (value === saved[key]) continue;
      if (key === "name") body.name = value;
      else if (key === "currency") body.currency = value ? value.toUpperCase() : null;
      else body[key] = value || null;
    }
    await onSave(body).catch(() => undefined);
  }

  const message = problem ?? error;
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="vendor-edit-heading" noValidate>
      <h2 id="vendor-edit-heading">Details</h2>
      <div className={styles.formGrid}>
        {FIELDS.map((f) => (
          <div key={f.key} className={`field ${"wide" in f ? styles.wide : ""}`}>
            <label htmlFor={`vendor-${f.key}`}>{f.label}</label>
            <input
              id={`vendor-${f.key}`}
              value={values[f.key]}
              maxLength={f.max}
              autoComplete="off"
              aria-describedby={"hint" in f ? `vendor-${f.key}-hint` : undefined}
              onChange={(e) => setValues((v) => ({ ...v, [f.key]: e.target.value }))}
            />
            {"hint" in f && (
              <div id={`vendor-${f.key}-hint`} className="muted" style={{ fontSize: 12 }}>
                {f.hint}
              </div>
            )}
          </div>
        ))}
      </div>
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
      <button className="btn primary" type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save vendor"}
      </button>
    </form>
  );
}
