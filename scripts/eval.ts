// Runs every labelled document of a folder (format: ../shared/data/README.md) through the real
// pipeline and prints per-field exact-match accuracy, auto-approve precision, review rate and the
// reliability table.
//   npm run eval -- <folder> [--json] [--engine-only]
//   --json: the last line is one JSON object; --engine-only: the local engine alone, no pipeline.
// The pipeline uses the configured database and models; with none, a fresh embedded database in a
// temporary folder and the local engine.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadDataset } from "@/lib/eval/dataset";
import { runWithLocalEngine, type DocumentRunner } from "@/lib/eval/document-runner";
import { approvalFigures, approvedErrors, extractiveCeiling, fieldAccuracy, formatReliability, percent, reliabilityTable, type ScoredDocument } from "@/lib/eval/metrics";

const args = process.argv.slice(2);
const engineOnly = args.includes("--engine-only");
if (!engineOnly && !process.env.DATABASE_URL) process.env.SIEVE_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "sieve-eval-"));
process.env.LOG_LEVEL ??= "silent";
process.env.SIEVE_SEED_ON_START = "false";

async function chooseRunner(): Promise<DocumentRunner> {
  if (engineOnly) return runWithLocalEngine;
  const { ensureDatabase } = await import("@/lib/db");
  await ensureDatabase();
  const { pipelineRunner } = await import("@/lib/eval/pipeline-runner");
  return pipelineRunner();
}
const folder = args.find((a) => !a.startsWith("--"));
if (!folder) {
  console.error("usage: npm run eval -- <folder> [--json]");
  process.exit(2);
}
const docs = await loadDataset(folder);
const runDocument = await chooseRunner();
const started = Date.now();
const scored: ScoredDocument[] = [];
for (const doc of docs) {
  const run = await runDocument(doc);
  scored.push({ id: doc.id, docType: run.docType, fields: run.fields, approved: run.approved, gold: doc.fields, text: doc.text });
}
const seconds = (Date.now() - started) / 1000;
const accuracy = fieldAccuracy(scored);
const approval = approvalFigures(scored);
const strict = approvalFigures(scored, "all");
const errors = approvedErrors(scored);
const ceiling = extractiveCeiling(scored);
const types = new Map<string, number>();
for (const d of scored) types.set(d.docType, (types.get(d.docType) ?? 0) + 1);
const typeErrors = docs.filter((doc, i) => doc.docType && doc.docType !== scored[i].docType).length;

console.log(`${docs.length} documents from ${folder} in ${seconds.toFixed(1)} s, ${engineOnly ? "local engine alone" : "through the pipeline"}`);
console.log(`types: ${[...types].map(([t, n]) => `${t} ${n}`).join(", ")}${docs.some((d) => d.docType) ? ` (type errors: ${typeErrors})` : ""}`);
console.log("\nexact-match accuracy (ceiling: labels that occur in their document's text)");
for (const [field, value] of Object.entries(accuracy)) {
  console.log(`  ${field.padEnd(14)} ${percent(value).padStart(6)}${field in ceiling ? `   (ceiling ${percent(ceiling[field])})` : ""}`);
}
console.log(`\nauto-approved ${approval.approved} of ${docs.length}; review rate ${percent(approval.reviewRate)}`);
console.log(`auto-approve precision ${percent(approval.precision)} (required fields right; every labelled field right: ${percent(strict.precision)})`);
if (errors.length > 0) {
  console.log("wrong required fields among the approved:");
  for (const e of errors) {
    const note = e.labelInText === false ? "  (the label is not in the document text)" : "";
    console.log(`  ${e.id} ${e.field}: read ${JSON.stringify(e.predicted)}, label ${JSON.stringify(e.label)}${note}`);
  }
}
console.log(`\nreliability (all labelled fields)\n${formatReliability(reliabilityTable(scored))}`);
if (args.includes("--json")) {
  console.log(
    JSON.stringify({
      documents: docs.length,
      accuracy,
      auto_approve_precision: approval.precision,
      review_rate: approval.reviewRate,
      auto_approve_precision_all_fields: strict.precision,
      approved_errors: errors,
      label_in_text: ceiling,
      reliability: reliabilityTable(scored),
    }),
  );
}
if (!engineOnly) {
  const { closeDatabase } = await import("@/lib/db");
  await closeDatabase();
}
// Pipeline timers (store sweeps, batched writers) would keep the process alive after the report.
process.exit(0);
