"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { errorMessage, SieveApiError } from "@/components/ui/api";
import { count } from "@/components/ui/format";
import { VendorEditForm } from "@/components/vendors/vendor-edit-form";
import { day } from "@/components/vendors/vendor-list";
import { VendorMerge } from "@/components/vendors/vendor-merge";
import { fetchVendor, mergeIntoVendor, saveVendor, vendorKeys } from "@/components/vendors/vendors-api";
import styles from "@/components/vendors/vendors.module.css";
import type { VendorUpdate, VendorView } from "@/lib/vendors/vendor-contract";

/** One vendor: what Sieve learned about it, its editable values, and merging a duplicate into it. */
export function VendorDetail({ initial }: { initial: VendorView }) {
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const vendor = useQuery({ queryKey: vendorKeys.one(initial.id), queryFn: () => fetchVendor(initial.id), initialData: initial });
  const v = vendor.data;
  const settle = (next: VendorView) => {
    queryClient.setQueryData(vendorKeys.one(next.id), next);
    void queryClient.invalidateQueries({ queryKey: vendorKeys.all });
  };
  const save = useMutation({
    mutationFn: (body: VendorUpdate) => saveVendor(v.id, body),
    onMutate: () => setNotice(null),
    onSuccess: (next) => {
      settle(next);
      setNotice(`Saved. The next documents from ${next.name} are read with these values.`);
    },
    // Someone else changed it first: show their values (the error says so) to edit again.
    onError: (error) => {
      if (error instanceof SieveApiError && error.code === "stale_version") void queryClient.invalidateQueries({ queryKey: vendorKeys.one(v.id) });
    },
  });
  const merge = useMutation({
    mutationFn: (duplicate: VendorView) => mergeIntoVendor(v.id, duplicate.id),
    onMutate: () => setNotice(null),
    onSuccess: (next, duplicate) => {
      settle(next);
      setNotice(`Merged “${duplicate.name}” into ${next.name}.`);
    },
  });

  return (
    <div className="grid">
      <div>
        <Link href="/vendors" className={styles.back}>
          ← Vendors
        </Link>
        <h1>{v.name}</h1>
      </div>
      <section className="panel" aria-labelledby="vendor-facts-heading">
        <h2 id="vendor-facts-heading">What Sieve learned</h2>
        <dl className={styles.facts}>
          <dt>Approved documents</dt>
          <dd data-testid="vendor-approved">{count(v.approvedDocuments)}</dd>
          <dt>Usual type</dt>
          <dd>{v.usualDocType ?? "—"}</dd>
          <dt>Other spellings</dt>
          <dd data-testid="vendor-aliases">{v.aliases.length > 0 ? v.aliases.join(" · ") : "—"}</dd>
          <dt>Last seen</dt>
          <dd>{day(v.lastSeenAt)}</dd>
        </dl>
      </section>
      {notice && (
        <p role="status" className="panel" data-testid="vendor-notice">
          {notice}
        </p>
      )}
      <VendorEditForm key={v.version} vendor={v} pending={save.isPending} error={save.error ? errorMessage(save.error) : null} onSave={(body) => save.mutateAsync(body)} />
      <VendorMerge vendor={v} pending={merge.isPending} error={merge.error ? errorMessage(merge.error) : null} onMerge={(d) => merge.mutateAsync(d)} />
    </div>
  );
}
