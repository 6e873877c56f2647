// Fits the local engine's ranker weights and confidence calibration on a labelled folder and
// writes them to lib/local-engine/model-params.json. Before writing, it reports held-out figures
// from grouped cross-validation (each vendor's receipts scored by a model that never saw them).
//   npm run calibrate -- [folder] [--folds 5] [--dry-run]
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { loadDataset } from "@/lib/eval/dataset";
import { crossValidatedExtractions, fitEngineParams, labelledFields, prepare } from "@/lib/eval/engine-fitting";
import { approvalFigures, fieldAccuracy, formatReliability, percent, reliabilityTable, thresholdCurve, type ScoredDocument } from "@/lib/eval/metrics";
import { decideAutoApproval } from "@/lib/local-engine/auto-approval";

const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith("--") && args[args.indexOf(a) - 1] !== "--folds") ?? "../shared/data/receipts";
const folds = Number(args[args.indexOf("--folds") + 1] ?? 5) || 5;
const dryRun = args.includes("--dry-run");

const docs = await loadDataset(folder);
const items = prepare(docs, new Date());
const fields = labelledFields(docs);
console.log(`${docs.length} documents from ${folder}; fitting ${fields.join(", ")} with ${folds} vendor-grouped folds`);

const started = Date.now();
const heldOut = crossValidatedExtractions(items, fields, folds);
const scored: (ScoredDocument & { jointConfidence: number })[] = items.map((item, i) => {
  const decision = decideAutoApproval(item.docType, heldOut[i].fields);
  return {
    id: item.doc.id,
    trueType: item.docType,
    // Fitting extracts with the labelled type: the classifier is measured by the eval, not here.
    predictedType: item.docType,
    fields: heldOut[i].fields,
    approved: decision.approved,
    jointConfidence: decision.jointConfidence,
    gold: item.doc.fields,
  };
});
const accuracy = fieldAccuracy(scored);
const approval = approvalFigures(scored);
const strict = approvalFigures(scored, "all");
console.log("\nHeld-out (cross-validated) figures");
for (const [field, value] of Object.entries(accuracy)) console.log(`  ${field.padEnd(10)} ${percent(value)}`);
console.log(`  auto-approve precision ${percent(approval.precision)} (all labelled fields: ${percent(strict.precision)}), review rate ${percent(approval.reviewRate)}`);
const curve = thresholdCurve(scored, [0.98, 0.95, 0.92, 0.9, 0.88, 0.85, 0.8, 0.7]);
console.log("\nHeld-out auto-approval by threshold (joint confidence of the required fields):");
console.log("threshold  approved  precision  review rate");
for (const row of curve) {
  console.log(`${row.threshold.toFixed(2).padStart(9)}  ${String(row.approved).padStart(8)}  ${percent(row.precision).padStart(9)}  ${percent(row.reviewRate).padStart(11)}`);
}
console.log(`\nReliability, held-out, all labelled fields:\n${formatReliability(reliabilityTable(scored))}`);

const params = fitEngineParams(items, fields, folds, path.basename(path.resolve(folder)));
if (!dryRun) {
  const target = path.resolve(import.meta.dirname, "../lib/local-engine/model-params.json");
  await writeFile(target, `${JSON.stringify(params, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(process.cwd(), target)} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
console.log(
  JSON.stringify({
    documents: docs.length,
    held_out_accuracy: accuracy,
    held_out_auto_approve_precision: approval.precision,
    held_out_review_rate: approval.reviewRate,
    held_out_threshold_curve: curve,
    calibration: Object.fromEntries(Object.entries(params.fields).map(([f, m]) => [f, m.calibration])),
  }),
);
