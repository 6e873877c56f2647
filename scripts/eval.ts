// Runs every labelled document of a folder (format: ../shared/data/README.md) through the real
// pipeline and prints per-field exact-match accuracy, type accuracy and the type confusion matrix,
// auto-approve precision (judged by each document's true type) and review rate, overall and per
// type, and the reliability table.
//   npm run eval -- <folder> [--json] [--engine-only | --files] [--limit N]
//   --json: the last line is one JSON object; --engine-only: the local engine alone, no pipeline;
//   --files: upload each document's original file (scan or PDF) instead of its labelled text, so
//   what is scored is what Sieve read; --limit N: the first N documents only.
// The pipeline uses the configured database and models; with none, a fresh embedded database in a
// temporary folder and the local engine.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadDataset, type LabelledDocument } from "@/lib/eval/dataset";
import { runWithLocalEngine, type DocumentRun, type DocumentRunner } from "@/lib/eval/document-runner";
import { approvalFigures, approvedErrors, evalFigures, extractiveCeiling, formatConfusion, formatReliability, ocrReliabilityTable, percent, reliabilityTable, typeConfusion, type ScoredDocument } from "@/lib/eval/metrics";

const args = process.argv.slice(2);
const engineOnly = args.includes("--engine-only");
const files = !engineOnly && args.includes("--files");
const limitAt = args.indexOf("--limit");
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
if (!engineOnly && !process.env.DATABASE_URL) process.env.SIEVE_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "sieve-eval-"));
process.env.LOG_LEVEL ??= "silent";
process.env.SIEVE_SEED_ON_START = "false";

type Reading = { text: string; readMs: number | null; failed: string | null; failedMessage?: string | null };
type Runner = (doc: LabelledDocument) => Promise<(DocumentRun & Partial<Reading> & { source?: string }) | null>;

async function chooseRunner(): Promise<Runner | DocumentRunner> {
  if (engineOnly) return runWithLocalEngine;
  const { ensureDatabase } = await import("@/lib/db");
  await ensureDatabase();
  if (files) {
    const { filesRunner } = await import("@/lib/eval/files-runner");
    return filesRunner(folder!);
  }
  const { pipelineRunner } = await import("@/lib/eval/pipeline-runner");
  return pipelineRunner();
}
const folder = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--limit");
if (!folder || Number.isNaN(limit)) {
  console.error("usage: npm run eval -- <folder> [--json] [--engine-only | --files] [--limit N]");
  process.exit(2);
}
const docs = (await loadDataset(folder)).slice(0, limit);
const runDocument: Runner = await chooseRunner();
const started = Date.now();
const scored: ScoredDocument[] = [];
const reviewReasons = new Map<string, number>();
const readings: Reading[] = [];
const sources = new Map<string, string>();
let withoutFile = 0;
for (const doc of docs) {
  const run = await runDocument(doc);
  if (!run) {
    withoutFile++;
    continue;
  }
  // On the files path the ceiling is measured on what was read: a label absent from it is a misread.
  const text = run.text ?? doc.text;
  if (run.text !== undefined) readings.push({ text, readMs: run.readMs ?? null, failed: run.failed ?? null });
  if (run.failed) console.error(`${doc.id}: run failed (${run.failed}): ${run.failedMessage ?? ""}`);
  if (run.source) sources.set(doc.id, run.source);
  for (const key of new Set(run.reviewReasons ?? [])) reviewReasons.set(key, (reviewReasons.get(key) ?? 0) + 1);
  scored.push({ id: doc.id, trueType: doc.docType, predictedType: run.docType, fields: run.fields, approved: run.approved, gold: doc.fields, text });
}
const seconds = (Date.now() - started) / 1000;
const figures = evalFigures(scored);
const approval = approvalFigures(scored);
const strict = approvalFigures(scored, "all");
const errors = approvedErrors(scored);
const ceiling = extractiveCeiling(scored);
const confusion = typeConfusion(scored);

const mode = engineOnly ? "local engine alone" : files ? "original files uploaded through the pipeline" : "labelled text through the pipeline";
console.log(`${scored.length} documents from ${folder} in ${seconds.toFixed(1)} s, ${mode}${withoutFile > 0 ? ` (${withoutFile} without an original file skipped)` : ""}`);
const readTimes = readings.flatMap((r) => (r.readMs === null ? [] : [r.readMs])).sort((a, b) => a - b);
const readingFailures = readings.filter((r) => r.failed !== null);
if (files) {
  console.log(`reading: p50 ${readTimes[Math.floor(readTimes.length / 2)] ?? "-"} ms per document; ${readingFailures.length} runs failed (${[...new Set(readingFailures.map((r) => r.failed))].join(", ") || "none"})`);
}
console.log(`\ntype accuracy ${percent(figures.type_accuracy)}\n${formatConfusion(confusion)}`);
console.log("\nexact-match accuracy (ceiling: labels that occur in their document's text)");
for (const [field, value] of Object.entries(figures.accuracy)) {
  console.log(`  ${field.padEnd(14)} ${percent(value).padStart(6)}${field in ceiling ? `   (ceiling ${percent(ceiling[field])})` : ""}`);
}
console.log(`\nauto-approved ${approval.approved} of ${scored.length}; review rate ${percent(approval.reviewRate)}`);
console.log(`auto-approve precision ${percent(approval.precision)} (filed as the true type with its required fields right; every labelled field right: ${percent(strict.precision)})`);
for (const [type, t] of Object.entries(figures.by_type)) {
  console.log(`  ${type.padEnd(8)} ${String(t.documents).padStart(4)} documents: type accuracy ${percent(t.type_accuracy)}, auto-approve precision ${percent(t.auto_approve_precision)}, review rate ${percent(t.review_rate)}`);
}
// Hybrid PDFs carry their fields twice (page and e-invoice XML): their figures are not the page reader's.
const bySource = Object.fromEntries(
  [...new Set(sources.values())].sort().map((source) => {
    const subset = scored.filter((d) => sources.get(d.id) === source);
    const a = approvalFigures(subset);
    return [source, { documents: subset.length, approved: a.approved, auto_approve_precision: a.precision, review_rate: a.reviewRate }];
  }),
);
for (const [source, b] of Object.entries(bySource)) {
  console.log(`  read from ${source.padEnd(9)} ${String(b.documents).padStart(4)} documents: ${b.approved} approved, auto-approve precision ${percent(b.auto_approve_precision)}, review rate ${percent(b.review_rate)}`);
}
const topReasons = [...reviewReasons].sort((a, b) => b[1] - a[1]).slice(0, 12);
if (topReasons.length > 0) {
  console.log("why documents were not approved (documents per reason and fields):");
  for (const [key, count] of topReasons) console.log(`  ${String(count).padStart(4)}  ${key}`);
}
if (errors.length > 0) {
  console.log("what was wrong with the wrong approvals:");
  for (const e of errors) {
    const note = e.labelInText === false ? "  (the label is not in the document text)" : "";
    const what = e.field === "required" ? "no label covers its required fields" : `read ${JSON.stringify(e.predicted)}, label ${JSON.stringify(e.label)}${note}`;
    console.log(`  ${e.id} ${e.field}: ${what}`);
  }
}
console.log(`\nreliability (all labelled fields)\n${formatReliability(reliabilityTable(scored))}`);
const ocrReliability = files ? ocrReliabilityTable(scored) : null;
if (ocrReliability) console.log(`\naccuracy by the OCR confidence of the words a value was read from\n${formatReliability(ocrReliability).replace("confidence", "ocr conf  ")}`);
if (args.includes("--json")) {
  console.log(
    JSON.stringify({
      mode: engineOnly ? "engine" : files ? "files" : "text",
      ...figures,
      wrong_auto_approvals: new Set(errors.map((e) => e.id)).size,
      ...(files ? { failed_runs: readingFailures.length } : {}),
      type_confusion: confusion,
      auto_approve_precision_all_fields: strict.precision,
      approved_errors: errors,
      label_in_text: ceiling,
      review_reasons: Object.fromEntries(topReasons),
      ...(files ? { by_source: bySource } : {}),
      reliability: reliabilityTable(scored),
      ...(ocrReliability ? { ocr_reliability: ocrReliability } : {}),
    }),
  );
}
if (!engineOnly) {
  const { closeDatabase } = await import("@/lib/db");
  await closeDatabase();
}
// Pipeline timers (store sweeps, batched writers) would keep the process alive after the report.
process.exit(0);
