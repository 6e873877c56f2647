"use client";
import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useDeferredValue, useState } from "react";
import { errorMessage } from "@/components/ui/api";
import { count } from "@/components/ui/format";
import { fetchVendorPage, vendorKeys } from "@/components/vendors/vendors-api";
import styles from "@/components/vendors/vendors.module.css";
import type { VendorView } from "@/lib/vendors/vendor-contract";

type Page = { data: VendorView[]; nextCursor: string | null };

export const day = (iso: string) => iso.slice(0, 10);

/** The tenant's known vendors, searchable by name, newest first. */
export function VendorList({ initialPage }: { initialPage: Page }) {
  const [q, setQ] = useState("");
  const search = useDeferredValue(q.trim());
  const vendors = useInfiniteQuery({
    queryKey: vendorKeys.list(search),
    queryFn: ({ pageParam }) => fetchVendorPage(search, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: search === "" ? { pages: [initialPage], pageParams: [null] } : undefined,
  });
  const rows = vendors.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <section className="panel" aria-labelledby="vendor-list-heading">
      <h2 id="vendor-list-heading">Known vendors</h2>
      <div className={styles.search} role="search">
        <div className={`field ${styles.grow}`}>
          <label htmlFor="vendor-search">Search by name</label>
          <input id="vendor-search" type="search" value={q} maxLength={200} autoComplete="off" onChange={(e) => setQ(e.target.value)} />
        </div>
      </div>
      {vendors.error && (
        <p className="error" role="alert">
          {errorMessage(vendors.error)}
        </p>
      )}
      <p className="muted" role="status" aria-live="polite">
        {vendors.isFetching && !vendors.isFetchingNextPage ? "Searching…" : rows.length === 0 ? (search ? `No vendor’s name contains “${search}”.` : "No vendors yet: approved documents teach Sieve their vendors.") : `${count(rows.length)}${vendors.hasNextPage ? "+" : ""} vendor${rows.length === 1 ? "" : "s"}`}
      </p>
      {rows.length > 0 && (
        <table className="stack" data-testid="vendor-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Approved documents</th>
              <th scope="col">Usual type</th>
              <th scope="col">Tax id</th>
              <th scope="col">IBAN</th>
              <th scope="col">Last seen</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((v) => (
              <tr key={v.id} data-testid="vendor-row">
                <td className={styles.nameCell}>
                  <Link href={`/vendors/${v.id}`}>{v.name}</Link>
                  {v.address && <span className={`muted ${styles.aliases}`}>{v.address}</span>}
                </td>
                <td data-label="Approved">{count(v.approvedDocuments)}</td>
                <td data-label="Usual type">{v.usualDocType ?? ""}</td>
                <td data-label="Tax id">{v.taxId ?? ""}</td>
                <td data-label="IBAN">{v.iban ?? ""}</td>
                <td data-label="Last seen">{day(v.lastSeenAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {vendors.hasNextPage && (
        <button className={`btn ${styles.more}`} type="button" disabled={vendors.isFetchingNextPage} onClick={() => void vendors.fetchNextPage()}>
          {vendors.isFetchingNextPage ? "Loading…" : "Show more vendors"}
        </button>
      )}
    </section>
  );
}
