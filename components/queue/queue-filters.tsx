"use client";
import { useEffect, useState, type RefObject } from "react";
import type { QueueFilters } from "@/components/ui/queue-api";
import styles from "@/components/queue/queue.module.css";
import { reasonLabels, sortLabels, type QueueSort, type QueueSummary, type QueueView } from "@/lib/review/queue-contract";
import { docTypeIdSchema, documentTypes } from "@/lib/schemas/document-types";
import type { ReviewReason } from "@/lib/generated/prisma/enums";

const views: { view: QueueView; label: string; count?: (s: QueueSummary) => number }[] = [
  { view: "open", label: "Open", count: (s) => s.counts.openTotal },
  { view: "mine", label: "Mine", count: (s) => s.counts.mine },
  { view: "claimed", label: "In progress", count: (s) => s.counts.claimed },
  { view: "resolved", label: "Resolved" },
];

interface Props {
  filters: QueueFilters;
  summary: QueueSummary | undefined;
  onChange: (next: Partial<QueueFilters>) => void;
  searchRef: RefObject<HTMLInputElement | null>;
}

export function QueueFiltersBar({ filters, summary, onChange, searchRef }: Props) {
  const [search, setSearch] = useState(filters.q ?? "");
  // Typing refetches after a short pause, not on every keystroke.
  useEffect(() => {
    const id = setTimeout(() => {
      if ((filters.q ?? "") !== search.trim()) onChange({ q: search.trim() || undefined });
    }, 250);
    return () => clearTimeout(id);
  }, [search, filters.q, onChange]);

  return (
    <div className={styles.filters}>
      <div className={styles.views} role="group" aria-label="Queue view">
        {views.map((v) => (
          <button
            key={v.view}
            type="button"
            className={`btn ${filters.view === v.view ? styles.viewActive : ""}`}
            aria-pressed={filters.view === v.view}
            onClick={() => onChange({ view: v.view })}
          >
            {v.label}
            {summary && v.count && <span className={styles.count}>{v.count(summary).toLocaleString()}</span>}
          </button>
        ))}
      </div>
      <div className={styles.selects}>
        <div>
          <label htmlFor="queue-reason">Reason</label>
          <select id="queue-reason" value={filters.reason ?? ""} onChange={(e) => onChange({ reason: (e.target.value || undefined) as ReviewReason | undefined })}>
            <option value="">All reasons</option>
            {(Object.keys(reasonLabels) as ReviewReason[]).map((r) => (
              <option key={r} value={r}>
                {reasonLabels[r]}
                {summary?.counts.open[r] ? ` (${summary.counts.open[r]!.toLocaleString()} open)` : ""}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="queue-type">Document type</label>
          <select id="queue-type" value={filters.docType ?? ""} onChange={(e) => onChange({ docType: e.target.value || undefined })}>
            <option value="">All types</option>
            {docTypeIdSchema.options.map((t) => (
              <option key={t} value={t}>
                {documentTypes[t].label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="queue-sort">Sort</label>
          <select id="queue-sort" value={filters.sort} onChange={(e) => onChange({ sort: e.target.value as QueueSort })}>
            {(Object.keys(sortLabels) as QueueSort[]).map((s) => (
              <option key={s} value={s}>
                {sortLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.search}>
          <label htmlFor="queue-search">Search</label>
          <input
            id="queue-search"
            ref={searchRef}
            type="search"
            placeholder="File name or id  ( / )"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onKeyDown={(e) => e.key === "Escape" && (e.currentTarget.blur(), setSearch(""))}
          />
        </div>
      </div>
    </div>
  );
}
