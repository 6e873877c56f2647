// Fits the local engine's invoice specialist (ranker weights per field, then Platt calibration
// on out-of-fold shares) on labelled invoices and writes lib/local-engine/invoice-params.json.
// Before writing it prints held-out figures from vendor-grouped cross-validation.
//   npx tsx scripts/fit-invoice-engine.ts [folder] [--folds 5] [--dry-run]
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { loadDataset, type LabelledDocument } from "@/lib/eval/dataset";
import { fieldMatches } from "@/lib/eval/field-comparison";
import { fitPlatt, IDENTITY_CALIBRATION } from "@/lib/local-engine/calibration";
import { buildInvoiceContext, type InvoiceContext } from "@/lib/local-engine/invoice-context";
import { extractInvoiceFields, INVOICE_PRIORS, INVOICE_RANKED_FIELDS, invoiceFieldCandidates, type InvoiceRankedField } from "@/lib/local-engine/invoice-extraction";
import type { EngineParams } from "@/lib/local-engine/model-params";
import { trainRanker } from "@/lib/local-engine/ranker";
import { combineFieldConfidence, totalAgreement } from "@/lib/pipeline/field-confidence";
import { amountCents } from "@/lib/schemas/business-rules";

const args = process.argv.slice(2);
const folder = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--folds") ?? "../shared/data/invoices";
const folds = Number(args[args.indexOf("--folds") + 1] ?? 5) || 5;
const dryRun = args.includes("--dry-run");
const verbose = args.includes("--verbose");

type Item = { doc: LabelledDocument; ctx: InvoiceContext };
const docs = (await loadDataset(folder)).filter((d) => (d as { type?: string }).type === undefined || true);
const reference = new Date("2026-12-01T00:00:00Z");
const items: Item[] = docs.map((doc) => ({ doc, ctx: buildInvoiceContext(doc.text, reference) }));
const fields = INVOICE_RANKED_FIELDS.filter((f) => docs.some((d) => d.fields[f]));

// Optional amount and date fields: a document without the label still teaches "absent".
const teachesAbsent = new Set<InvoiceRankedField>([]);

function gold(item: Item, field: InvoiceRankedField): string | null | undefined {
  return item.doc.fields[field];
}

function fitWeights(train: Item[]): EngineParams {
  const params: EngineParams = { version: 1, fittedOn: path.basename(path.resolve(folder)), documents: train.length, fields: {} };
  for (const field of fields) {
    const examples = train
      .filter((item) => gold(item, field) || (teachesAbsent.has(field) && labelledElsewhere(item, field)))
      .map((item) => {
        const candidates = invoiceFieldCandidates(field, item.ctx);
        const g = gold(item, field);
        return { candidates, isGold: candidates.map((c) => (g ? c.value !== null && fieldMatches(field, c.value, g) : c.value === null)) };
      });
    params.fields[field] = { weights: trainRanker(examples, INVOICE_PRIORS[field], { priorStrength: 0.02 }), calibration: IDENTITY_CALIBRATION };
  }
  return params;
}

// A missing due date is only "absent" when the source labels due dates at all (ZUGFeRD, invoice2data).
function labelledElsewhere(item: Item, field: InvoiceRankedField): boolean {
  if (field === "invoice_number") return false;
  return item.doc.id.startsWith("inv-ferd") || item.doc.id.startsWith("inv-fnfe") || item.doc.id.startsWith("inv-zfcorpus");
}

function groupOf(item: Item): string {
  return (item.doc.fields.vendor ?? item.doc.id).toLowerCase().replace(/[^\p{L}\d]+/gu, " ").trim();
}

function foldsOf(list: Item[], k: number): number[] {
  const groups = new Map<string, number[]>();
  list.forEach((item, i) => groups.set(groupOf(item), [...(groups.get(groupOf(item)) ?? []), i]));
  const sizes = new Array(k).fill(0);
  const fold = new Array<number>(list.length);
  for (const [, members] of [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
    const smallest = sizes.indexOf(Math.min(...sizes));
    for (const i of members) fold[i] = smallest;
    sizes[smallest] += members.length;
  }
  return fold;
}

function fitAll(train: Item[]): EngineParams {
  const params = fitWeights(train);
  const fold = foldsOf(train, folds);
  const outcomes = new Map(fields.map((f) => [f, { shares: [] as number[], correct: [] as boolean[] }]));
  for (let k = 0; k < folds; k++) {
    const inner = fitWeights(train.filter((_, i) => fold[i] !== k));
    train.forEach((item, i) => {
      if (fold[i] !== k) return;
      const out = extractInvoiceFields(item.ctx, inner);
      for (const field of fields) {
        const g = gold(item, field);
        const share = out.shares[field];
        if (!g || share === undefined) continue;
        outcomes.get(field)!.shares.push(share);
        outcomes.get(field)!.correct.push(fieldMatches(field, out.fields.find((f) => f.name === field)?.value ?? null, g));
      }
    });
  }
  for (const field of fields) {
    const { shares, correct } = outcomes.get(field)!;
    if (shares.length > 0) params.fields[field].calibration = fitPlatt(shares, correct);
  }
  return params;
}

const started = Date.now();
const fold = foldsOf(items, folds);
const joints: Array<{ joint: number; right: boolean }> = [];
const REQUIRED = ["vendor", "invoice_number", "date", "total"];
const right = new Map<string, number>();
const labelled = new Map<string, number>();
for (let k = 0; k < folds; k++) {
  const params = fitAll(items.filter((_, i) => fold[i] !== k));
  items.forEach((item, i) => {
    if (fold[i] !== k) return;
    const out = extractInvoiceFields(item.ctx, params);
    const cents = (name: string) => amountCents(out.fields.find((f) => f.name === name)?.value ?? null);
    const net = cents("subtotal");
    const tax = cents("tax");
    let joint = 1;
    for (const name of REQUIRED) {
      const f = out.fields.find((x) => x.name === name);
      if (!f?.value) joint = 0;
      else joint *= name === "total" ? combineFieldConfidence({ engine: f.confidence, agreement: totalAgreement(cents("total"), { netPlusTax: net !== null && tax !== null ? net + tax : null }) }) : f.confidence;
    }
    joints.push({ joint, right: REQUIRED.every((name) => !item.doc.fields[name] || fieldMatches(name, out.fields.find((f) => f.name === name)?.value ?? null, item.doc.fields[name])) });
    for (const field of [...fields, "currency"]) {
      const g = item.doc.fields[field];
      if (!g) continue;
      const predicted = out.fields.find((f) => f.name === field);
      const ok = fieldMatches(field, predicted?.value ?? null, g);
      labelled.set(field, (labelled.get(field) ?? 0) + 1);
      if (ok) right.set(field, (right.get(field) ?? 0) + 1);
      else if (verbose) console.log(`  ${item.doc.id} ${field}: read ${JSON.stringify(predicted?.value)} (${predicted?.confidence}), label ${JSON.stringify(g)}`);
    }
  });
}
console.log(`${items.length} invoices from ${folder}; held-out (vendor-grouped ${folds}-fold) accuracy:`);
for (const [field, n] of labelled) console.log(`  ${field.padEnd(15)} ${((100 * (right.get(field) ?? 0)) / n).toFixed(1)}% of ${n}`);
console.log("held-out auto-approval by threshold (joint confidence of vendor, number, date, total):");
for (const t of [0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6]) {
  const approved = joints.filter((j) => j.joint >= t);
  console.log(`  ${t.toFixed(2)}  approved ${approved.length}/${joints.length}  precision ${approved.length ? ((100 * approved.filter((j) => j.right).length) / approved.length).toFixed(1) : "-"}%`);
}
if (!dryRun) {
  const params = fitAll(items);
  const target = path.resolve(import.meta.dirname, "../lib/local-engine/invoice-params.json");
  await writeFile(target, `${JSON.stringify(params, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), target)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
