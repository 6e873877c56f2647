// Fits the local engine's ranker weights and confidence calibration on a labelled folder and
// writes them to lib/local-engine/model-params.json. Before writing, it reports held-out figures
// from grouped cross-validation (each vendor's receipts scored by a model that never saw them).
//   npm run calibrate -- [folder] [--folds 5] [--dry-run]
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { loadDataset } from "@/lib/eval/dataset";
import { crossValidatedExtractions, fitEngineParams, labelledFields, prepare } from "@/lib/eval/engine-fitting";
import { approvalFigures, fieldAccuracy, formatReliability, percent, reliabilityTable, type ScoredDocument } from "@/lib/eval/metrics";
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
const scored: ScoredDocument[] = items.map((item, i) => ({
  id: item.doc.id,
  docType: item.docType,
  fields: heldOut[i].fields,
  approved: decideAutoApproval(item.docType, heldOut[i].fields).approved,
  gold: item.doc.fields,
}));
const accuracy = fieldAccuracy(scored);
const approval = approvalFigures(scored);
const strict = approvalFigures(scored, "all");
console.log("\nHeld-out (cross-validated) figures");
for (const [field, value] of Object.entries(accuracy)) console.log(`  ${field.padEnd(10)} ${percent(value)}`);
console.log(`  auto-approve precision ${percent(approval.precision)} (all labelled fields: ${percent(strict.precision)}), review rate ${percent(approval.reviewRate)}`);
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
    calibration: Object.fromEntries(Object.entries(params.fields).map(([f, m]) => [f, m.calibration])),
  }),
);
