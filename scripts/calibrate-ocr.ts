// Fits how far a value read by OCR can be trusted: per field, a Platt calibration of
// (extractor confidence × the product of the OCR confidences of the words it came from), on the
// scans of a labelled folder read exactly as the reading stage reads them. The extractor's own
// calibration was fitted on clean transcriptions; on a scan the OCR's word confidences are
// overconfident (a dropped letter in a shop's name often reads at 0.97), so the evidence must be
// weighed by how often such values were right. Held-out figures (vendor-grouped folds) are
// printed before writing lib/pipeline/ocr-calibration.json.
//   npm run calibrate:ocr -- [folder] [--folds 5] [--dry-run]
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { loadDataset } from "@/lib/eval/dataset";
import { fieldMatches, normaliseFieldValue } from "@/lib/eval/field-comparison";
import { originalFile } from "@/lib/eval/files-runner";
import { formatReliability, percent, reliabilityTable, type ScoredDocument } from "@/lib/eval/metrics";
import { readDocumentContent } from "@/lib/ingest/document-reading";
import { wordsInSpan } from "@/lib/ingest/evidence";
import { readingSchema, type Reading } from "@/lib/ingest/reading-schema";
import { calibrate, fitPlatt, type PlattParams } from "@/lib/local-engine/calibration";
import { analyzeDocument } from "@/lib/local-engine/analyze-document";
import { ocrEvidenceScore, type OcrCalibration } from "@/lib/pipeline/field-confidence";
import { documentTypes, requiredFields } from "@/lib/schemas/document-types";

const args = process.argv.slice(2);
const folder = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--folds") ?? "../shared/data/receipts";
const folds = Number(args[args.indexOf("--folds") + 1] ?? 5) || 5;
const dryRun = args.includes("--dry-run");
// Readings are cached by file hash: OCR of a folder takes minutes, refitting should not.
const cacheDir = path.join(os.tmpdir(), "sieve-ocr-readings");
await mkdir(cacheDir, { recursive: true });

async function readScan(file: string): Promise<Reading> {
  const bytes = new Uint8Array(await readFile(file));
  const cached = path.join(cacheDir, `${createHash("sha256").update(bytes).digest("hex")}.json`);
  const hit = await readFile(cached, "utf8").catch(() => null);
  if (hit) return readingSchema.parse(JSON.parse(hit));
  const reading = await readDocumentContent(file.endsWith(".pdf") ? "pdf" : "image", bytes, {});
  await writeFile(cached, JSON.stringify(reading));
  return reading;
}

type Point = { doc: number; field: string; score: number; correct: boolean };
const docs = await loadDataset(folder);
const points: Point[] = [];
const extracted: Array<{ id: string; docType: ScoredDocument["trueType"]; gold: Record<string, string | null>; fields: Array<{ name: string; value: string | null; score: number | null; source: { start: number; end: number } | null }> }> = [];
for (const doc of docs) {
  const file = await originalFile(folder, doc);
  if (!file) continue;
  const reading = await readScan(file);
  if (!reading.pages.some((p) => p.source === "ocr")) continue;
  const { extraction } = analyzeDocument(reading.text, { docType: doc.docType });
  const index = extracted.length;
  const fields = extraction.fields.map((f) => ({
    name: f.name,
    value: f.value,
    source: f.source,
    score: f.source ? ocrEvidenceScore(f.confidence, wordsInSpan(reading, f.source)) : null,
  }));
  extracted.push({ id: doc.id, docType: doc.docType, gold: doc.fields, fields });
  for (const f of fields) {
    if (f.score === null || !Object.hasOwn(doc.fields, f.name)) continue;
    points.push({ doc: index, field: f.name, score: f.score, correct: fieldMatches(f.name, f.value, doc.fields[f.name]) });
  }
  process.stdout.write(`\rread ${extracted.length} scans`);
}
console.log(`\n${extracted.length} scanned documents from ${folder}, ${points.length} labelled values read by OCR`);

// Vendor-grouped folds: one shop's receipts share a layout and a name the OCR misreads alike.
const foldOf = extracted.map((d) => {
  const key = normaliseFieldValue("company", d.gold.company ?? d.gold.vendor ?? null) ?? d.id;
  return createHash("sha1").update(key).digest()[0]! % folds;
});
const fieldNames = [...new Set(points.map((p) => p.field))];
function fit(sample: Point[]): OcrCalibration["fields"] {
  const fitted: Record<string, PlattParams> = {};
  for (const field of fieldNames) {
    const own = sample.filter((p) => p.field === field);
    // Too few values of a field to fit its own map: it shares the pooled one.
    if (own.length >= 30) fitted[field] = fitPlatt(own.map((p) => p.score), own.map((p) => p.correct));
  }
  fitted["*"] = fitPlatt(sample.map((p) => p.score), sample.map((p) => p.correct));
  return fitted;
}

const heldOut = new Map<string, number>();
for (let k = 0; k < folds; k++) {
  const params = fit(points.filter((p) => foldOf[p.doc] !== k));
  for (const p of points.filter((q) => foldOf[q.doc] === k)) heldOut.set(`${p.doc}:${p.field}`, calibrate(p.score, params[p.field] ?? params["*"]!));
}
const scored = extracted.map((d, i) => {
  const fields = d.fields.map((f) => ({ name: f.name, value: f.value, source: f.source, confidence: Math.min(f.score ?? 0, heldOut.get(`${i}:${f.name}`) ?? 0) }));
  const joint = requiredFields(d.docType).reduce((p, name) => p * (fields.find((f) => f.name === name && f.value !== null)?.confidence ?? 0), 1);
  return { id: d.id, trueType: d.docType, predictedType: d.docType, fields, gold: d.gold, joint, approved: joint >= documentTypes[d.docType].autoApproveThreshold };
});
const requiredRight = (d: (typeof scored)[number]) => requiredFields(d.trueType).every((name) => fieldMatches(name, d.fields.find((f) => f.name === name)?.value, d.gold[name]));
console.log("\nHeld-out auto-approval by threshold (joint calibrated confidence of the required fields):");
console.log("threshold  approved  precision  review rate");
for (const threshold of [0.98, 0.95, 0.9, 0.85, 0.8, 0.7]) {
  const approved = scored.filter((d) => d.joint >= threshold);
  const precision = approved.length ? approved.filter(requiredRight).length / approved.length : null;
  console.log(`${threshold.toFixed(2).padStart(9)}  ${String(approved.length).padStart(8)}  ${percent(precision).padStart(9)}  ${percent(1 - approved.length / scored.length).padStart(11)}`);
}
console.log(`\nReliability, held-out, values read by OCR:\n${formatReliability(reliabilityTable(scored, fieldNames))}`);

const calibration: OcrCalibration = { version: 1, fittedOn: path.basename(path.resolve(folder)), documents: extracted.length, fields: fit(points) };
if (!dryRun) {
  const target = path.resolve(import.meta.dirname, "../lib/pipeline/ocr-calibration.json");
  await writeFile(target, `${JSON.stringify(calibration, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(process.cwd(), target)}`);
}
const approvedAtDefault = scored.filter((d) => d.approved);
console.log(
  JSON.stringify({
    documents: extracted.length,
    values: points.length,
    held_out_auto_approved: approvedAtDefault.length,
    held_out_auto_approve_precision: approvedAtDefault.length ? approvedAtDefault.filter(requiredRight).length / approvedAtDefault.length : null,
    calibration: calibration.fields,
  }),
);
process.exit(0);
