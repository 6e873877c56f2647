// Reading on this machine: per-page reading time of receipt scans (OCR) and invoice PDFs (text
// layer, OCR where a page has none), and how fast an upload is acknowledged — the upload route's
// 202 for ~1 MB scans, and the first `data-reading` part on the run's stream after it. The routes
// are called in-process (no HTTP server), over a throwaway PostgreSQL database; reading of earlier
// uploads goes on in the background while later ones are acknowledged, as it would for a user.
// Last line: one JSON object.
//   npm run bench:reading [-- --scans N --uploads N]
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { createThrowawayDatabase } from "@/tests/support/services";
import { percentile, round } from "./gateway-support";

const { values: args } = parseArgs({ options: { scans: { type: "string", default: "12" }, uploads: { type: "string", default: "20" } } });
const DATA = path.resolve(import.meta.dirname, "../../../shared/data");
const database = await createThrowawayDatabase("bench_reading");
process.env.DATABASE_URL = database.url;
process.env.REDIS_URL = "";
process.env.LOG_LEVEL ??= "silent";
process.env.SIEVE_SEED_ON_START = "false";

const { db, closeDatabase } = await import("@/lib/db");
const { readDocumentContent } = await import("@/lib/ingest/document-reading");
const { drainExecutions } = await import("@/lib/pipeline/run-registry");
const { call } = await import("@/tests/support/api-dispatch");
const { tokenFor } = await import("@/tests/support/api-factories");

async function timedReading(kind: "image" | "pdf", file: string) {
  const bytes = new Uint8Array(await readFile(file));
  const started = performance.now();
  const reading = await readDocumentContent(kind, bytes, {});
  return { ms: (performance.now() - started) / reading.pages.length, pages: reading.pages.length, engine: reading.engine };
}

const images = (await readdir(path.join(DATA, "receipts/images"))).filter((f) => f.endsWith(".jpg")).sort();
const pdfs = (await readdir(path.join(DATA, "invoices/files"))).filter((f) => f.endsWith(".pdf")).sort();

// Warm-up: the OCR models load once per process; that cost is not a page's.
await timedReading("image", path.join(DATA, "receipts/images", images[0]!));
const scanPages: number[] = [];
for (const file of images.slice(1, 1 + Number(args.scans))) scanPages.push((await timedReading("image", path.join(DATA, "receipts/images", file))).ms);
const pdfPages: number[] = [];
const pdfEngines = new Map<string, number>();
for (const file of pdfs) {
  const r = await timedReading("pdf", path.join(DATA, "invoices/files", file));
  for (let i = 0; i < r.pages; i++) pdfPages.push(r.ms);
  pdfEngines.set(r.engine, (pdfEngines.get(r.engine) ?? 0) + 1);
}

// Uploads: the scans closest to 1 MB, each acknowledged by the real upload route.
const sized = await Promise.all(images.map(async (f) => ({ file: path.join(DATA, "receipts/images", f), size: (await stat(path.join(DATA, "receipts/images", f))).size })));
const uploads = sized.sort((a, b) => Math.abs(a.size - 1_000_000) - Math.abs(b.size - 1_000_000)).slice(0, Number(args.uploads));
const tenant = await db.tenant.create({ data: { name: "bench reading" } });
const secret = await tokenFor(tenant.id, ["upload", "read"]);
// Warm-up: the first request loads the route modules; that is start-up, not an upload's cost.
const warmUp = new FormData();
warmUp.set("file", new File(["TOTAL 1.00"], "warm-up.txt"));
await call("/api/v1/documents", { method: "POST", bearer: secret, body: warmUp });
const acks: number[] = [];
const firstReading: number[] = [];
for (const { file } of uploads) {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(await readFile(file))], path.basename(file)));
  const started = performance.now();
  const response = await call("/api/v1/documents", { method: "POST", bearer: secret, body: form });
  const acked = performance.now();
  if (response.status !== 202) throw new Error(`upload of ${file} answered ${response.status}: ${await response.text()}`);
  acks.push(acked - started);
  const { runId } = (await response.json()) as { runId: string };
  const stream = await call(`/api/v1/runs/${runId}/stream`, { bearer: secret });
  const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
  let seen = "";
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    seen += chunk.value;
    if (seen.includes('"type":"data-reading"')) break;
  }
  firstReading.push(performance.now() - acked);
  await reader.cancel();
}
await drainExecutions(120_000);

const p = (xs: number[], q: number) => round(percentile(xs, q));
const figures = {
  scan_page_p50_ms: p(scanPages, 0.5),
  scan_page_p95_ms: p(scanPages, 0.95),
  pdf_page_p50_ms: p(pdfPages, 0.5),
  pdf_page_p95_ms: p(pdfPages, 0.95),
  ack_p50_ms: p(acks, 0.5),
  ack_p95_ms: p(acks, 0.95),
  first_reading_part_p50_ms: p(firstReading, 0.5),
  first_reading_part_p95_ms: p(firstReading, 0.95),
};
const meanUpload = uploads.reduce((s, u) => s + u.size, 0) / uploads.length;
console.log(`reading on this machine (${scanPages.length} receipt scans, ${pdfPages.length} pages of ${pdfs.length} invoice PDFs: ${[...pdfEngines].map(([e, n]) => `${n} ${e}`).join(", ")})`);
console.log(`  scan page        p50 ${figures.scan_page_p50_ms} ms   p95 ${figures.scan_page_p95_ms} ms   (goal p50 ≤ 1500)`);
console.log(`  PDF page         p50 ${figures.pdf_page_p50_ms} ms   p95 ${figures.pdf_page_p95_ms} ms`);
console.log(`upload of ${uploads.length} scans (mean ${(meanUpload / 1e6).toFixed(2)} MB), one after another while earlier ones are read`);
console.log(`  upload → 202     p50 ${figures.ack_p50_ms} ms   p95 ${figures.ack_p95_ms} ms   (goal p50 ≤ 150)`);
console.log(`  202 → first data-reading part   p50 ${figures.first_reading_part_p50_ms} ms   p95 ${figures.first_reading_part_p95_ms} ms   (goal ≤ 100)`);
console.log(JSON.stringify(figures));
await closeDatabase();
await database.drop();
process.exit(0);
