"use client";
import { useEffect, useRef, type ReactNode } from "react";
import styles from "@/components/review/review.module.css";

export interface Span {
  id: string;
  start: number;
  end: number;
  label: string;
}

/**
 * The document's text with every field's source span underlined and the active field's span
 * highlighted and scrolled into view, so the reviewer sees the evidence beside the value.
 */
export function HighlightedText({ text, spans, activeId }: { text: string; spans: Span[]; activeId: string | null }) {
  const activeRef = useRef<HTMLElement | null>(null);
  useEffect(() => {
    activeRef.current?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [activeId]);

  // Overlapping spans: the active one wins, otherwise the earlier one; the rest are skipped.
  const ordered = spans
    .filter((s) => s.start >= 0 && s.end > s.start && s.end <= text.length)
    .sort((a, b) => (a.id === activeId ? -1 : b.id === activeId ? 1 : a.start - b.start));
  const chosen: Span[] = [];
  for (const span of ordered) if (!chosen.some((c) => span.start < c.end && c.start < span.end)) chosen.push(span);
  chosen.sort((a, b) => a.start - b.start);

  const pieces: ReactNode[] = [];
  let at = 0;
  for (const span of chosen) {
    if (span.start > at) pieces.push(text.slice(at, span.start));
    const active = span.id === activeId;
    pieces.push(
      <mark
        key={span.id}
        ref={active ? (el) => void (activeRef.current = el) : undefined}
        className={active ? styles.markActive : styles.mark}
        title={span.label}
        data-field-span={span.id}
        data-active={active || undefined}
      >
        {text.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end;
  }
  pieces.push(text.slice(at));
  return (
    <pre className={styles.docText} data-testid="document-text" tabIndex={0} aria-label="Document text">
      {pieces}
    </pre>
  );
}
