// Proof that Sieve learns from its reviewers: replays a labelled folder (format:
// ../shared/data/README.md) in id order as uploads into one fresh tenant, with a simulated reviewer
// who corrects every document sent to review to its labels and audits the auto-approvals the
// pipeline samples. Prints, per block of documents, the review rate, auto-approve precision and
// field accuracy (as read, before corrections).
//   npm run eval:learning -- <folder> [--json] [--files] [--block N] [--limit N]
//   --json: the last line is one JSON object (blocks, review_rate_first_block, review_rate_last_block,
//   precision_after_warmup: auto-approvals after the first block); --files: upload the original files.
// The pipeline uses the configured database and models; with none, a fresh embedded database in a
// temporary folder and the local engine.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const blockSize = option("--block", 25);
const limit = option("--limit", Infinity);
const folder = args.find((a, i) => !a.startsWith("--") && !["--block", "--limit"].includes(args[i - 1] ?? ""));
if (!folder || !(blockSize > 0) || Number.isNaN(limit)) {
  console.error("usage: npm run eval:learning -- <folder> [--json] [--files] [--block N] [--limit N]");
  process.exit(2);
}
if (!process.env.DATABASE_URL) process.env.SIEVE_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "sieve-learning-"));
process.env.LOG_LEVEL ??= "silent";
process.env.SIEVE_SEED_ON_START = "false";

const { ensureDatabase } = await import("@/lib/db");
const { loadDataset } = await import("@/lib/eval/dataset");
const { learningCurve } = await import("@/lib/eval/learning-curve");
const { learningReplay } = await import("@/lib/eval/learning-replay");
const { approvedErrors, percent } = await import("@/lib/eval/metrics");
type Replayed = NonNullable<Awaited<ReturnType<Awaited<ReturnType<typeof learningReplay>>>>>;

await ensureDatabase();
const files = args.includes("--files");
const docs = (await loadDataset(folder)).slice(0, limit);
const replay = await learningReplay({ files, folder });
const started = Date.now();
const replayed: Replayed[] = [];
for (const doc of docs) {
  const result = await replay(doc);
  if (result) replayed.push(result);
}
const curve = learningCurve(replayed, blockSize);

console.log(`${replayed.length} documents from ${folder} replayed in id order in ${((Date.now() - started) / 1000).toFixed(1)} s (${files ? "original files" : "labelled text"}), blocks of ${blockSize}`);
console.log("block  documents   review rate   auto-approved   precision   field accuracy   audited");
for (const b of curve.blocks) {
  console.log(
    `${String(b.block).padStart(5)}  ${`${b.from}–${b.to}`.padStart(9)}   ${percent(b.review_rate).padStart(11)}   ${String(b.auto_approved).padStart(13)}   ${percent(b.auto_approve_precision).padStart(9)}   ${percent(b.field_accuracy).padStart(14)}   ${String(b.audited).padStart(7)}`,
  );
}
console.log(`review rate: first block ${percent(curve.review_rate_first_block)}, last block ${percent(curve.review_rate_last_block)}`);
console.log(`auto-approve precision after the first block: ${percent(curve.precision_after_warmup)} of ${curve.auto_approved_after_warmup}`);
const wrong = approvedErrors(replayed.filter((d) => d.approved && !d.reviewed));
if (wrong.length > 0) console.log(`wrong auto-approvals:\n${wrong.map((e) => `  ${e.id} ${e.field}: read ${JSON.stringify(e.predicted)}, label ${JSON.stringify(e.label)}${e.labelInText === false ? " (the label is not in the text)" : ""}`).join("\n")}`);
if (args.includes("--json")) console.log(JSON.stringify(curve));
process.exit(0);
