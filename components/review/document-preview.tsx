"use client";
import { useState } from "react";
import { HighlightedText, type Span } from "@/components/review/highlighted-text";
import styles from "@/components/review/review.module.css";
import type { ReviewDocument } from "@/lib/review/review-contract";

type Tab = "text" | "original";

/** The document beside its fields: the extracted text with evidence highlighted, or the original file. */
export function DocumentPreview({ document, spans, activeId }: { document: ReviewDocument["document"]; spans: Span[]; activeId: string | null }) {
  const hasText = !!document.text;
  const [tab, setTab] = useState<Tab>(hasText ? "text" : "original");
  const fileUrl = `/api/v1/documents/${document.id}/file`;
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
          {(["text", "original"] as const).map((t) => (
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
        <div role="tabpanel" id="panel-original" aria-labelledby="tab-original" className={styles.tabPanel}>
          {document.preview === "image" && (
            // Stored uploads are served by our own route; next/image would only re-encode them.
            <img className={styles.image} src={fileUrl} alt={`Scan of ${document.filename}`} />
          )}
          {document.preview === "pdf" && <iframe className={styles.frame} src={fileUrl} title={`PDF of ${document.filename}`} />}
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
