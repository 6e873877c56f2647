"use client";
import { useEffect, useRef, useState } from "react";
import styles from "@/components/review/review.module.css";
import type { Box } from "@/lib/ingest/reading-schema";
import { OCR_DOUBT_FLAG, OCR_TRUSTED } from "@/lib/pipeline/field-confidence";
import type { ReviewField } from "@/lib/review/review-contract";

export interface PageBox {
  id: string;
  page: number;
  box: Box;
  label: string;
  /** Read from words the OCR was unsure of: the reviewer should compare against the pixels. */
  doubt: boolean;
}

/** Every field that knows where on the page it was read, as a box to draw there. */
export function pageBoxes(fields: ReviewField[]): PageBox[] {
  return fields.flatMap((f) =>
    f.evidence
      ? [{
          id: f.id,
          page: f.evidence.page,
          box: f.evidence.box,
          label: `${f.label}: ${f.effectiveValue ?? ""}`,
          doubt: f.flags.includes(OCR_DOUBT_FLAG) || f.evidence.ocrConfidence < OCR_TRUSTED,
        }]
      : [],
  );
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/** Scrolls the panel the page sits in (not the window, which would pull a phone's field list away). */
function centreInPanel(element: HTMLElement) {
  const panel = element.closest<HTMLElement>("[data-scroll-panel]");
  if (!panel) return;
  const p = panel.getBoundingClientRect();
  const b = element.getBoundingClientRect();
  const behavior = window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
  panel.scrollTo({ top: panel.scrollTop + b.top - p.top - (p.height - b.height) / 2, left: panel.scrollLeft + b.left - p.left - (p.width - b.width) / 2, behavior });
}

/**
 * A page image with a box over each field read from it, positioned in fractions of the page so the
 * boxes scale with the image. The active field's box is emphasised and scrolled into view; clicking
 * a box makes its field active.
 */
export function PageView({ src, alt, boxes, activeId, onActivate }: { src: string; alt: string; boxes: PageBox[]; activeId: string | null; onActivate: (id: string) => void }) {
  const activeRef = useRef<HTMLButtonElement | null>(null);
  const image = useRef<HTMLImageElement | null>(null);
  const [failed, setFailed] = useState(false);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    // An image the server rendered may have finished before hydration, when no onLoad was listening.
    const done = !!image.current?.complete;
    setLoaded(done && image.current!.naturalWidth > 0);
    setFailed(done && image.current!.naturalWidth === 0);
  }, [src]);
  useEffect(() => {
    if (loaded && activeRef.current) centreInPanel(activeRef.current);
  }, [activeId, loaded]);

  if (failed) return <p className={`muted ${styles.pageError}`}>This page could not be shown here. Open the file to see it.</p>;
  const doubtful = boxes.some((b) => b.doubt);
  return (
    <>
      {boxes.length > 0 && (
        <ul className={styles.legend} aria-label="Highlight key">
          <li><span className={styles.swatch} aria-hidden="true" /> Where a field was read</li>
          <li><span className={`${styles.swatch} ${styles.swatchActive}`} aria-hidden="true" /> Selected field</li>
          {doubtful && <li><span className={`${styles.swatch} ${styles.swatchDoubt}`} aria-hidden="true" /> Doubtful OCR: check the value against the scan</li>}
        </ul>
      )}
      <div className={styles.page} data-testid="page-view">
        {/* Stored uploads and rendered pages come from our own routes; next/image would only re-encode them. */}
        <img ref={image} className={styles.pageImage} src={src} alt={alt} onLoad={() => setLoaded(true)} onError={() => setFailed(true)} />
        {boxes.map((b) => {
          const active = b.id === activeId;
          const label = b.doubt ? `${b.label} (doubtful OCR)` : b.label;
          return (
            <button
              key={b.id}
              type="button"
              ref={active ? activeRef : undefined}
              className={`${styles.box} ${b.doubt ? styles.boxDoubt : ""} ${active ? styles.boxActive : ""}`}
              style={{ left: percent(b.box.x0), top: percent(b.box.y0), width: percent(b.box.x1 - b.box.x0), height: percent(b.box.y1 - b.box.y0) }}
              aria-label={label}
              title={label}
              aria-current={active || undefined}
              data-field-box={b.id}
              data-active={active || undefined}
              data-doubt={b.doubt || undefined}
              onClick={() => onActivate(b.id)}
            />
          );
        })}
      </div>
    </>
  );
}
