import type { SourceSpan } from "@/lib/schemas/agent-outputs";
import type { Box, FieldEvidence, Reading, ReadingWord } from "@/lib/ingest/reading-schema";

// Where on the page a span of the reading's text was read. Pure: the words whose characters
// overlap the span, on the page of the first of them, united into one box; the confidence is the
// lowest of theirs (one doubtful word is enough to doubt the value).

type ReadingWords = Pick<Reading, "words">;

/** Words overlapping [start, end), in text order (words are sorted by `start`). */
export function wordsInSpan(reading: ReadingWords, span: SourceSpan): ReadingWord[] {
  const { words } = reading;
  // Binary search for the first word that ends after the span starts.
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const found: ReadingWord[] = [];
  const end = Math.max(span.end, span.start + 1);
  for (let i = lo; i < words.length && words[i].start < end; i++) found.push(words[i]);
  return found;
}

export function unionBox(boxes: Box[]): Box {
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}

export function evidenceForSpan(reading: ReadingWords | null | undefined, span: SourceSpan | null | undefined): FieldEvidence | null {
  if (!reading || !span || reading.words.length === 0) return null;
  const words = wordsInSpan(reading, span);
  if (words.length === 0) return null;
  const page = words[0].page;
  const onPage = words.filter((w) => w.page === page);
  return {
    page,
    box: unionBox(onPage.map((w) => w.box)),
    ocrConfidence: Math.min(...onPage.map((w) => w.confidence)),
  };
}
