"use client";
import { useEffect, useState } from "react";
import { HighlightedText, type Span } from "@/components/review/highlighted-text";
import { PageView, type PageBox } from "@/components/review/page-view";
import styles from "@/components/review/review.module.css";
import type { ReviewDocument } from "@/lib/review/review-contract";

type Tab = "text" | "original";

interface Props {
  document: ReviewDocument["document"];
  spans: Span[];
  boxes: PageBox[];
  activeId: string | null;
  onActivate: (id: string) => void;
}

/**
 * The document beside its fields: the original file with each field's evidence boxed on its page
 * (a PDF page rendered as an image, since an embedded PDF viewer cannot be drawn over), or the
 * extracted text with the evidence highlighted.
 */
export function DocumentPreview({ document, spans, boxes, activeId, onActivate }: Props) {
  const hasText = !!document.text;
  const paged = document.preview === "image" || document.preview === "pdf";
  const [tab, setTab] = useState<Tab>(hasText && !(paged && boxes.length > 0) ? "text" : "original");
  const fileUrl = `/api/v1/documents/${document.id}/file`;

  const activePage = boxes.find((b) => b.id === activeId)?.page ?? null;
  const pageCount = document.preview === "pdf" ? Math.max(document.pageCount ?? 1, ...boxes.map((b) => b.page)) : 1;
  const [page, setPage] = useState(activePage ?? 1);
  // Selecting a field turns to the page it was read from.
  useEffect(() => {
    if (activePage !== null) setPage(activePage);
  }, [activeId, activePage]);

  return (
    <section className={`panel ${styles.preview}`} aria-label="Document">
      <div className={styles.tabBar}>
        <div
          className={styles.tabs}
          role="tablist"
          aria-label="Document view"
          onKeyDown={(e) => {
            // Arrow keys move between tabs, as in the WAI-ARIA tabs pattern.
            if ((e.key === "ArrowRight" || e.key === "ArrowLeft") && hasText) {
              const next: Tab = tab === "text" ? "original" : "text";
              setTab(next);
              window.document.getElementById(`tab-${next}`)?.focus();
            }
          }}
        >
          {(["original", "text"] as const).map((t) => (
            <button
              key={t}
              role="tab"
              type="button"
              id={`tab-${t}`}
              aria-controls={`panel-${t}`}
              aria-selected={tab === t}
              tabIndex={tab === t ? 0 : -1}
              disabled={t === "text" && !hasText}
              onClick={() => setTab(t)}
            >
              {t === "text" ? "Text with evidence" : "Original file"}
            </button>
          ))}
        </div>
        <a className={styles.download} href={fileUrl} target="_blank" rel="noopener">Open file ↗</a>
      </div>
      {tab === "text" && hasText ? (
        <div role="tabpanel" id="panel-text" aria-labelledby="tab-text" className={styles.tabPanel}>
          <HighlightedText text={document.text!} spans={spans} activeId={activeId} />
        </div>
      ) : (
        <div role="tabpanel" id="panel-original" aria-labelledby="tab-original" className={styles.tabPanel} data-scroll-panel>
          {document.preview === "pdf" && pageCount > 1 && (
            <nav className={styles.pager} aria-label="Pages">
              <button type="button" className="btn" onClick={() => setPage(page - 1)} disabled={page <= 1}>‹ Previous</button>
              <span aria-live="polite">Page {page} of {pageCount}</span>
              <button type="button" className="btn" onClick={() => setPage(page + 1)} disabled={page >= pageCount}>Next ›</button>
            </nav>
          )}
          {paged && (
            <PageView
              src={document.preview === "pdf" ? `/api/v1/documents/${document.id}/pages/${page}` : fileUrl}
              alt={document.preview === "pdf" ? `Page ${page} of ${document.filename}` : `Scan of ${document.filename}`}
              boxes={boxes.filter((b) => b.page === page)}
              activeId={activeId}
              onActivate={onActivate}
            />
          )}
          {document.preview === "text" && <iframe className={styles.frame} src={fileUrl} title={`Text of ${document.filename}`} />}
          {document.preview === "none" && (
            <p className="muted">
              This file type ({document.mime}) cannot be shown in the browser. <a href={fileUrl}>Download it</a>, or read its text in the other tab.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
