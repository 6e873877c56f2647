// Fits the local engine's document-type classifier on labelled folders (a document's true type is
// its `type`, default receipt) and writes lib/local-engine/type-params.json, after printing
// held-out accuracy and a reliability table from 5-fold cross-validation.
//   npx tsx scripts/fit-type-classifier.ts [folder …] [--dry-run]
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fitPlatt, IDENTITY_CALIBRATION } from "@/lib/local-engine/calibration";
import { splitLines } from "@/lib/local-engine/document-lines";
import { documentDecimalMark, findLocalizedAmounts } from "@/lib/local-engine/number-formats";
import { trainRanker } from "@/lib/local-engine/ranker";
import { typeSignals, type TypeSignals } from "@/lib/local-engine/type-cues";
import { classifyBySignals, TYPE_PRIOR, typeCandidateFeatures, typeShares, type TypeParams } from "@/lib/local-engine/type-classifier";
import { docTypeIdSchema, type DocTypeId } from "@/lib/schemas/document-types";

const args = process.argv.slice(2);
const folders = args.filter((a) => !a.startsWith("--"));
if (folders.length === 0) folders.push("../shared/data/receipts", "../shared/data/invoices");

type Item = { id: string; type: DocTypeId; signals: TypeSignals };
const items: Item[] = [];
for (const folder of folders) {
  for (const name of (await readdir(folder)).filter((n) => n.endsWith(".json")).sort()) {
    const raw = JSON.parse(await readFile(path.join(folder, name), "utf8")) as { id?: string; text: string; type?: string };
    const lines = splitLines(raw.text);
    const amounts = findLocalizedAmounts(lines, documentDecimalMark(raw.text)).length;
    items.push({ id: raw.id ?? name, type: docTypeIdSchema.catch("receipt").parse(raw.type ?? "receipt"), signals: typeSignals(raw.text, amounts) });
  }
}

function fit(train: Item[]): TypeParams {
  const examples = train.map((item) => ({
    candidates: typeCandidateFeatures(item.signals).map((features, i) => ({ value: docTypeIdSchema.options[i], span: null, features })),
    isGold: docTypeIdSchema.options.map((t) => t === item.type),
  }));
  return { weights: trainRanker(examples, TYPE_PRIOR, { priorStrength: 0.05 }), calibration: IDENTITY_CALIBRATION };
}

const K = 5;
const fold = items.map((_, i) => i % K);
function heldOut(list: Item[], folds: number[]): Array<{ item: Item; share: number; predicted: DocTypeId }> {
  const out: Array<{ item: Item; share: number; predicted: DocTypeId }> = [];
  for (let k = 0; k < K; k++) {
    const params = fit(list.filter((_, i) => folds[i] !== k));
    list.forEach((item, i) => {
      if (folds[i] !== k) return;
      const c = classifyBySignals(item.signals, params);
      out.push({ item, share: typeShares(item.signals, { ...TYPE_PRIOR, ...params.weights })[c.docType], predicted: c.docType });
    });
  }
  return out;
}

const outer = heldOut(items, fold);
const right = outer.filter((o) => o.predicted === o.item.type).length;
console.log(`${items.length} documents (${folders.join(", ")}); held-out type accuracy ${((100 * right) / items.length).toFixed(1)}%`);
for (const o of outer) if (o.predicted !== o.item.type) console.log(`  ${o.item.id}: ${o.predicted} (share ${o.share.toFixed(3)}), true ${o.item.type}; cues ${o.item.signals.cues.join(", ")}`);

const params = fit(items);
const calibrationData = heldOut(items, fold);
params.calibration = fitPlatt(
  calibrationData.map((o) => o.share),
  calibrationData.map((o) => o.predicted === o.item.type),
);
console.log("calibration", params.calibration);
if (!args.includes("--dry-run")) {
  await writeFile(path.resolve(import.meta.dirname, "../lib/local-engine/type-params.json"), `${JSON.stringify(params, null, 2)}\n`);
  console.log("wrote lib/local-engine/type-params.json");
}
