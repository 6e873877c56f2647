import type { DocumentLine } from "@/lib/local-engine/document-lines";
import type { ExtractedField, SourceSpan, SummarisationOutput } from "@/lib/schemas/agent-outputs";
import { requiredFields, type DocTypeId } from "@/lib/schemas/document-types";

// Extractive summaries: the summary is made of the document's own passages, so it cannot state
// anything the document does not. Forms (receipts, invoices) are summarised by the lines that
// carry their key fields; prose by its most central sentences (word-frequency salience with a
// lead bonus). Confidence: for forms, the weakest key field's confidence (the summary is as
// sure as its facts); for prose, how much of the document's salient vocabulary it covers.

const STOP = new Set(
  "the a an and or of to in on for with at by from is are was were be been this that these those it its as not no but if then than so such our your their we you they he she i me my us them his her will would shall should can could may might must do does did have has had".split(
    " ",
  ),
);
const KEY_FIELDS = ["company", "vendor", "date", "total", "invoice_number"];
const MAX_SENTENCES = 3;

type Unit = { text: string; span: SourceSpan };

function sentences(text: string): Unit[] {
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  const units: Unit[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const trimmed = segment.trim();
    if (trimmed.length < 3) continue;
    const start = index + segment.indexOf(trimmed);
    units.push({ text: trimmed.replace(/\s+/g, " "), span: { start, end: start + trimmed.length } });
  }
  return units;
}

function terms(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}'-]+/gu) ?? []).filter((w) => w.length > 2 && !STOP.has(w));
}

function summariseForm(lines: DocumentLine[], fields: ExtractedField[], docType: DocTypeId): SummarisationOutput {
  const picked = new Map<number, DocumentLine>();
  const key = fields.filter((f) => KEY_FIELDS.includes(f.name) && f.value !== null && f.source);
  for (const field of key) {
    for (const line of lines) {
      const { start, end } = field.source!;
      if (!(line.end >= start && line.start <= end && line.text.trim())) continue;
      picked.set(line.index, line);
      // A bare value ("327.00") means little without its label on the line above.
      const above = lines[line.index - 1];
      if (!/\p{L}{2,}/u.test(line.text) && above && /\p{L}{2,}/u.test(above.text)) picked.set(above.index, above);
    }
  }
  const chosen = [...picked.values()].sort((a, b) => a.index - b.index);
  // A key fact missing from the summary caps its confidence: the reader would not learn it.
  const keyRequired = (requiredFields(docType) as string[]).filter((name) => KEY_FIELDS.includes(name));
  const byName = new Map(key.map((f) => [f.name, f.confidence]));
  const confidence = keyRequired.length === 0 ? 0.5 : Math.min(...keyRequired.map((name) => byName.get(name) ?? 0.3));
  return {
    summary: chosen.map((l) => l.text.trim().replace(/\s+/g, " ")).join(" · "),
    confidence: Math.round(confidence * 1000) / 1000,
    keySpans: chosen.map((l) => ({ start: l.start, end: l.end })),
  };
}

function summariseProse(text: string): SummarisationOutput {
  const units = sentences(text);
  if (units.length === 0) return { summary: "", confidence: 0, keySpans: [] };
  const frequency = new Map<string, number>();
  for (const t of terms(text)) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const scored = units.map((unit, i) => {
    const ts = terms(unit.text);
    const salience = ts.reduce((s, t) => s + (frequency.get(t) ?? 0), 0) / Math.sqrt(Math.max(1, ts.length));
    return { unit, i, score: salience * (i === 0 ? 1.5 : i < 3 ? 1.2 : 1) };
  });
  const chosen = [...scored].sort((a, b) => b.score - a.score).slice(0, MAX_SENTENCES).sort((a, b) => a.i - b.i);
  const top = [...frequency.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([t]) => t);
  const summaryTerms = new Set(chosen.flatMap((c) => terms(c.unit.text)));
  const coverage = top.length === 0 ? 0 : top.filter((t) => summaryTerms.has(t)).length / top.length;
  return {
    summary: chosen.map((c) => c.unit.text).join(" "),
    confidence: Math.round(coverage * 1000) / 1000,
    keySpans: chosen.map((c) => c.unit.span),
  };
}

export function summariseDocument(
  text: string,
  lines: DocumentLine[],
  docType: DocTypeId,
  fields: ExtractedField[],
): SummarisationOutput {
  return docType === "generic" ? summariseProse(text) : summariseForm(lines, fields, docType);
}
