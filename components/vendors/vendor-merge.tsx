"use client";
import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";
import { errorMessage } from "@/components/ui/api";
import { fetchVendorPage, vendorKeys } from "@/components/vendors/vendors-api";
import styles from "@/components/vendors/vendors.module.css";
import type { VendorView } from "@/lib/vendors/vendor-contract";

interface Props {
  vendor: VendorView;
  pending: boolean;
  error: string | null;
  onMerge: (duplicate: VendorView) => Promise<unknown>;
}

/** Picks another record of the same vendor and, once confirmed, folds it into this one. */
export function VendorMerge({ vendor, pending, error, onMerge }: Props) {
  const [q, setQ] = useState("");
  const search = useDeferredValue(q.trim());
  const [choice, setChoice] = useState("");
  const [confirming, setConfirming] = useState<VendorView | null>(null);
  const candidates = useQuery({ queryKey: [...vendorKeys.list(search), "first"], queryFn: () => fetchVendorPage(search, null, 100) });
  const others = (candidates.data?.data ?? []).filter((v) => v.id !== vendor.id);
  const picked = others.find((v) => v.id === choice) ?? null;

  return (
    <section className="panel" aria-labelledby="vendor-merge-heading">
      <h2 id="vendor-merge-heading">Merge a duplicate</h2>
      <p className="muted">
        When Sieve learned one vendor twice (a misread name, a second spelling), merge the duplicate into {vendor.name}: its approved documents,
        spellings and matched documents move here, and the duplicate disappears.
      </p>
      {confirming ? (
        <div className={`panel ${styles.confirm}`} role="alertdialog" aria-labelledby="merge-confirm-text">
          <p id="merge-confirm-text">
            Merge “{confirming.name}” ({confirming.approvedDocuments} approved document{confirming.approvedDocuments === 1 ? "" : "s"}) into “{vendor.name}”? This cannot be undone.
          </p>
          <div className={styles.actions}>
            <button
              className="btn danger"
              type="button"
              autoFocus
              disabled={pending}
              onClick={() => void onMerge(confirming).then(() => { setConfirming(null); setChoice(""); }, () => undefined)}
            >
              {pending ? "Merging…" : `Merge into ${vendor.name}`}
            </button>
            <button className="btn" type="button" disabled={pending} onClick={() => setConfirming(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className={styles.mergeRow}>
          <div className="field">
            <label htmlFor="merge-search">Find the duplicate</label>
            <input id="merge-search" type="search" value={q} maxLength={200} autoComplete="off" onChange={(e) => setQ(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="merge-choice">Duplicate</label>
            <select id="merge-choice" value={choice} onChange={(e) => setChoice(e.target.value)}>
              <option value="">{others.length === 0 ? "No other vendor matches" : "Choose a vendor…"}</option>
              {others.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name} ({v.approvedDocuments})
                </option>
              ))}
            </select>
          </div>
          <button className="btn" type="button" disabled={!picked || pending} onClick={() => setConfirming(picked)}>
            Merge…
          </button>
        </div>
      )}
      {(error ?? candidates.error) && (
        <p className="error" role="alert">
          {error ?? errorMessage(candidates.error)}
        </p>
      )}
    </section>
  );
}
