import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { createThrowawayDatabase, uniquePrefix } from "../support/services";
import { freePort, PrivateRedis } from "../support/redis-server";
import { PrivatePostgres } from "../support/private-postgres";
import { fieldFromInjection, injectionCorpus, realReceipts } from "../support/injection-corpus";
import { chunkedUpload } from "../support/chunked-upload";
import { DOCX_CONTENT_TYPES, zip } from "../support/zip-writer";

// npm run test:faults — Sieve under attack and under outages, against services this suite starts
// itself (a redis-server and an app server on free ports, a throwaway database), never the
// machine's shared ones: a private PostgreSQL cluster, since one part stops it. Prints readable
// figures, then one JSON line. Parts: injection corpus, hostile uploads, Redis and PostgreSQL
// outages, crashes (kill -9 of the app server during uploads). FAULTS_RECEIPTS sets how many real receipts each injection style
// goes into; FAULTS_CRASH_UPLOADS and FAULTS_CRASHES size the crash part.

const RECEIPTS = Math.max(1, Number(process.env.FAULTS_RECEIPTS ?? 5));
const ANSWER_BOUND_MS = 5_000;
const CRASH_UPLOADS = Number(process.env.FAULTS_CRASH_UPLOADS ?? 100);
const CRASHES = Number(process.env.FAULTS_CRASHES ?? 10);

const redis = await PrivateRedis.start();
const postgres = await PrivatePostgres.start();
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
// A failed set-up stops what was started too; after it, the finally at the end does.
const { db, closeDatabase, tenant, auth } = await (async () => {
  const database = await createThrowawayDatabase("faults", postgres.url);
  Object.assign(process.env, { DATABASE_URL: database.url, REDIS_URL: redis.url, REDIS_KEY_PREFIX: uniquePrefix("faults"), LOG_LEVEL: process.env.LOG_LEVEL ?? "silent", SIEVE_SEED_ON_START: "false",
    // The suite is one client sending hundreds of uploads; the per-token limits are not under test.
    SIEVE_API_UPLOAD_RATE_LIMIT: "100000",
    SIEVE_API_RATE_LIMIT: "100000",
  });
  const { db, closeDatabase } = await import("@/lib/db");
  const { createApiToken } = await import("@/lib/auth/api-tokens");
  const tenant = await db.tenant.create({ data: { name: "fault suite" } });
  const { secret } = await createApiToken({ tenantId: tenant.id, name: "fault suite", scopes: ["upload", "read"] });
  return { db, closeDatabase, tenant, auth: { authorization: `Bearer ${secret}` } };
})().catch(async (error: unknown) => {
  await postgres.destroy();
  await redis.kill();
  throw error;
});

let app: ChildProcess | undefined;
async function startApp(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", path.resolve("tests/faults/app-server.ts")], {
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (const deadline = Date.now() + 60_000; ; ) {
    if (child.exitCode !== null) throw new Error(`app server exited with ${child.exitCode}`);
    const up = await fetch(`${base}/api/v1/health`).then((r) => r.ok, () => false);
    if (up) return child;
    if (Date.now() > deadline) throw new Error("app server did not start");
    await sleep(200);
  }
}

/** The app server's resident memory, MB (Linux). */
function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmRSS:"))!;
  return Number(line.replace(/\D+/g, "")) / 1024;
}

function upload(bytes: Uint8Array | string, filename: string, signal?: AbortSignal) {
  const form = new FormData();
  form.set("file", new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], filename));
  return fetch(`${base}/api/v1/documents`, { method: "POST", headers: auth, body: form, signal });
}

async function runAtRest(runId: string, timeoutMs = 120_000) {
  for (const deadline = Date.now() + timeoutMs; ; ) {
    const run = await db.run.findUniqueOrThrow({ where: { id: runId }, include: { fieldValues: true, reviewItems: true } });
    if (!["queued", "running"].includes(run.status)) return run;
    if (Date.now() > deadline) return run;
    await sleep(50);
  }
}

async function injectionPart() {
  const corpus = injectionCorpus(RECEIPTS);
  let autoApproved = 0;
  let inFields = 0;
  let unflagged = 0;
  for (const doc of corpus) {
    const response = await upload(doc.text, `${doc.receiptId}-${doc.style}.txt`);
    if (response.status !== 202) throw new Error(`injection upload answered ${response.status}`);
    const run = await runAtRest(((await response.json()) as { runId: string }).runId);
    if (run.status === "approved") autoApproved++;
    if (run.fieldValues.some((f) => fieldFromInjection(doc, f))) inFields++;
    if (!run.reviewItems.some((r) => r.reason === "prompt_injection")) unflagged++;
  }
  console.log(`injection: ${corpus.length} documents (${corpus.length / RECEIPTS} styles × ${RECEIPTS} real receipts): ${autoApproved} auto-approved, ${inFields} with injected text in fields, ${unflagged} not flagged`);
  return { injection_auto_approved: autoApproved, injection_in_fields: inFields };
}

/** Runs `work` while sampling the app server's memory; the peak above the level before it. */
async function peakGrowth(pid: number, work: () => Promise<string>): Promise<number> {
  const before = rssMb(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 50);
  const started = performance.now();
  const outcome = await work();
  clearInterval(sampler);
  peak = Math.max(peak, rssMb(pid));
  console.log(`  ${outcome} in ${Math.round(performance.now() - started)} ms; RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} MB`);
  return peak - before;
}

/** A PDF of blank pages (no text layer, so each is rendered and OCR'd), `mediaBox` points each. */
function manyPagesPdf(pages: number, mediaBox = "0 0 612 792"): Buffer {
  const objects = ["<< /Type /Catalog /Pages 2 0 R >>", `<< /Type /Pages /Count ${pages} /Kids [${Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(" ")}] >>`];
  for (let i = 0; i < pages; i++) objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [${mediaBox}] >>`);
  let out = "%PDF-1.4\n";
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

/** The status of an upload, and when it was accepted, of the run it started too. */
async function uploadOutcome(response: Response): Promise<string> {
  if (response.status !== 202) return `answered ${response.status}`;
  const run = await runAtRest(((await response.json()) as { runId: string }).runId);
  return `answered 202, run ${run.status}${run.errorCode ? ` (${run.errorCode})` : ""}`;
}

async function hostilePart(pid: number) {
  // The OCR models load on the first scan (hundreds of MB, once per process): load them before
  // measuring, with a real receipt photo and a PDF page without text, so growth is the attack's.
  await uploadOutcome(await upload(readFileSync(path.resolve("../shared/data/receipts/images/sroie-006.jpg")), "warm-up.jpg"));
  await uploadOutcome(await upload(manyPagesPdf(1), "warm-up.pdf"));
  const growth: number[] = [];
  console.log("hostile uploads (after one scan and one blank PDF page loaded the OCR models):");
  growth.push(
    await peakGrowth(pid, async () => {
      const { body, contentType } = chunkedUpload(200 * 1024 * 1024);
      const response = await fetch(`${base}/api/v1/documents`, { method: "POST", headers: { ...auth, "content-type": contentType }, body, duplex: "half" } as RequestInit);
      return `chunked 200 MB upload: ${await response.text().then(() => `answered ${response.status}`)}`;
    }),
  );
  const xml = Buffer.concat([Buffer.from('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>'), Buffer.alloc(400 * 1024 * 1024, 0x20), Buffer.from("</w:t></w:r></w:p></w:body></w:document>")]);
  const bomb = zip([{ name: "[Content_Types].xml", content: DOCX_CONTENT_TYPES }, { name: "word/document.xml", content: xml }]);
  growth.push(await peakGrowth(pid, async () => `DOCX zip bomb (${(bomb.length / 1024).toFixed(0)} KB inflating to 400 MB): ${await uploadOutcome(await upload(bomb, "bomb.docx"))}`));
  growth.push(
    await peakGrowth(pid, async () => {
      const outcomes = await Promise.all([0, 1, 2].map(async () => uploadOutcome(await upload(bomb, "bomb.docx"))));
      return `three zip bombs at once: ${outcomes.join("; ")}`;
    }),
  );
  growth.push(await peakGrowth(pid, async () => `500-page PDF: ${await uploadOutcome(await upload(manyPagesPdf(500), "pages.pdf"))}`));
  growth.push(await peakGrowth(pid, async () => `blank one-page PDF (rendered and OCR'd): ${await uploadOutcome(await upload(manyPagesPdf(1), "blank.pdf"))}`));
  // 5000 pt square: at 144 dpi it would render 100 million pixels.
  growth.push(await peakGrowth(pid, async () => `outsized PDF page (5000 × 5000 pt): ${await uploadOutcome(await upload(manyPagesPdf(1, "0 0 5000 5000"), "outsized.pdf"))}`));
  const polyglot = Buffer.concat([manyPagesPdf(1), bomb]);
  growth.push(await peakGrowth(pid, async () => `PDF + zip polyglot: ${await uploadOutcome(await upload(polyglot, "polyglot.pdf"))}`));
  console.log(`  peak growth over hostile uploads ${Math.round(Math.max(...growth))} MB`);
  return { hostile_peak_rss_growth_mb: Math.round(Math.max(...growth)) };
}

async function outagePart() {
  const timed = async (label: string, request: () => Promise<Response>) => {
    const started = performance.now();
    try {
      const response = await request();
      // A stream that answered must also end (or be ended) within the bound to count as answered.
      await response.text();
      return { label, ms: performance.now() - started, status: response.status, hung: false };
    } catch {
      return { label, ms: performance.now() - started, status: 0, hung: true };
    }
  };
  const seed = (await (await upload(`OUTAGE MART\nTOTAL RM 1.00\nREF ${crypto.randomUUID()}`, "seed.txt")).json()) as { runId: string };
  const open = await db.run.create({ data: { tenantId: tenant.id, documentId: (await db.run.findUniqueOrThrow({ where: { id: seed.runId } })).documentId, status: "running", budgetCapMicros: 1 } });
  const openStream = timed("stream open when Redis died", () => fetch(`${base}/api/v1/runs/${open.id}/stream`, { headers: auth, signal: AbortSignal.timeout(ANSWER_BOUND_MS + 2_000) }));
  await sleep(500);
  const killedAt = performance.now();
  await redis.kill();
  const during = await Promise.all([
    openStream,
    ...Array.from({ length: 5 }, (_, i) => timed("upload", () => upload(`OUTAGE ${i} ${crypto.randomUUID()}`, `o${i}.txt`, AbortSignal.timeout(ANSWER_BOUND_MS)))),
    ...Array.from({ length: 3 }, () => timed("ready", () => fetch(`${base}/api/v1/ready`, { signal: AbortSignal.timeout(ANSWER_BOUND_MS) }))),
    ...Array.from({ length: 3 }, () => timed("stream", () => fetch(`${base}/api/v1/runs/${open.id}/stream`, { headers: auth, signal: AbortSignal.timeout(ANSWER_BOUND_MS) }))),
  ]);
  const hung = during.filter((r) => r.hung || r.ms > ANSWER_BOUND_MS + (r.label.startsWith("stream open") ? performance.now() - killedAt : 0));
  console.log(`Redis outage: ${during.length} requests while it was down; slowest ${Math.round(Math.max(...during.map((r) => r.ms)))} ms; statuses ${[...new Set(during.map((r) => `${r.label} ${r.status}`))].join(", ")}; ${hung.length} hung`);
  await redis.resume();
  const back = performance.now();
  for (;;) {
    const response = await upload(`RECOVERED ${crypto.randomUUID()}`, "back.txt").catch(() => null);
    if (response?.status === 202) break;
    if (performance.now() - back > 30_000) break;
    await sleep(100);
  }
  console.log(`  uploads accepted again ${Math.round(performance.now() - back)} ms after Redis came back`);
  return hung.length;
}

type Answer = { label: string; started: number; ms: number; status: number; retryAfter: string | null; code: string | null };

/** One request and how it ended: status, Retry-After and error code, or 0 when it did not answer in time. */
async function answered(label: string, request: (signal: AbortSignal) => Promise<Response>): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await request(AbortSignal.timeout(ANSWER_BOUND_MS));
    const text = await response.text();
    const code = response.ok ? null : (() => { try { return (JSON.parse(text) as { error?: { code?: string } }).error?.code ?? null; } catch { return null; } })();
    return { label, started, ms: performance.now() - started, status: response.status, retryAfter: response.headers.get("retry-after"), code };
  } catch {
    return { label, started, ms: performance.now() - started, status: 0, retryAfter: null, code: null };
  }
}

/**
 * Four clients send mixed traffic (uploads, GET run, readiness, the stream of a finished run)
 * while the private PostgreSQL is stopped with -m immediate for 6 s and started again. A request
 * that overlapped the outage must answer within the bound: 503 with Retry-After and an error code
 * (readiness: 503 naming the failed check), never 500. Afterwards uploads must be accepted again.
 */
async function postgresOutagePart() {
  const seed = (await (await upload(`PG OUTAGE MART\nTOTAL RM 1.00\nREF ${crypto.randomUUID()}`, "pg-seed.txt")).json()) as { runId: string };
  await runAtRest(seed.runId);
  const requests: Array<(signal: AbortSignal) => [string, Promise<Response>]> = [
    (signal) => ["upload", upload(`PG OUTAGE ${crypto.randomUUID()}`, "pg.txt", signal)],
    (signal) => ["GET run", fetch(`${base}/api/v1/runs/${seed.runId}`, { headers: auth, signal })],
    (signal) => ["ready", fetch(`${base}/api/v1/ready`, { signal })],
    (signal) => ["stream", fetch(`${base}/api/v1/runs/${seed.runId}/stream`, { headers: auth, signal })],
  ];
  const answers: Answer[] = [];
  let sending = true;
  const client = async (offset: number) => {
    for (let i = offset; sending; i++) {
      const make = requests[i % requests.length]!;
      let label = "";
      answers.push(await answered("", (signal) => { const [name, response] = make(signal); label = name; return response; }).then((a) => ({ ...a, label })));
      await sleep(50);
    }
  };
  const clients = [0, 1, 2, 3].map(client);
  await sleep(1_000);
  const downAt = performance.now();
  await postgres.kill();
  await sleep(6_000);
  await postgres.resume();
  const upAt = performance.now();
  sending = false;
  await Promise.all(clients);
  const during = answers.filter((a) => a.started + a.ms >= downAt && a.started <= upAt);
  const hung = during.filter((a) => a.status === 0 || a.ms > ANSWER_BOUND_MS);
  const fitting = (a: Answer) => a.status === 503 && (a.label === "ready" || Boolean(a.retryAfter && a.code));
  const wrong = during.filter((a) => a.status >= 500 && !fitting(a));
  const statuses = [...new Set(during.map((a) => `${a.label} ${a.status}${a.code ? ` ${a.code}` : ""}`))].sort();
  console.log(`PostgreSQL outage: ${during.length} requests overlapped its 6 s down; slowest ${Math.round(Math.max(...during.map((a) => a.ms)))} ms; statuses ${statuses.join(", ")}; ${hung.length} hung, ${wrong.length} answered without 503 + Retry-After + code`);
  const back = performance.now();
  let recovered = false;
  while (performance.now() - back < 30_000) {
    const response = await upload(`PG RECOVERED ${crypto.randomUUID()}`, "pg-back.txt").catch(() => null);
    if (response?.status === 202) {
      recovered = true;
      break;
    }
    await sleep(100);
  }
  console.log(`  uploads ${recovered ? `accepted again ${Math.round(performance.now() - back)} ms` : "still refused 30 s"} after PostgreSQL came back`);
  return { hung: hung.length, wrong: wrong.length, recovered };
}


/** outage_hung_requests over the outage parts that ran (FAULTS_PARTS: outage = Redis, pg-outage = PostgreSQL). */
async function outageFigures(parts: Set<string>) {
  const redisHung = parts.has("outage") ? await outagePart() : null;
  const pg = parts.has("pg-outage") ? await postgresOutagePart() : null;
  console.log(`outages: hung requests — Redis ${redisHung ?? "not run"}, PostgreSQL ${pg?.hung ?? "not run"}`);
  return {
    outage_hung_requests: (redisHung ?? 0) + (pg?.hung ?? 0),
    outage_redis_hung_requests: redisHung,
    outage_postgres_hung_requests: pg?.hung ?? null,
    outage_postgres_wrong_answers: pg?.wrong ?? null,
    outage_postgres_uploads_recovered: pg ? Number(pg.recovered) : null,
  };
}

async function killApp(): Promise<void> {
  const child = app;
  app = undefined;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGKILL");
  await exited;
}

/**
 * Uploads sent by four clients while the app server is killed with SIGKILL at random moments and
 * started again. Clients follow the documented retry: the same Idempotency-Key until a 202. Then
 * every acknowledged document must exist, with one run, at rest within 60 s, its events numbered
 * without a gap.
 */
async function crashPart() {
  const receipts = realReceipts(CRASH_UPLOADS);
  const acknowledged: Array<{ documentId: string; runId: string; key: string }> = [];
  let next = 0;
  let retries = 0;
  const client = async () => {
    for (let i = next++; i < CRASH_UPLOADS; i = next++) {
      const key = `crash-${i}-${crypto.randomUUID()}`;
      const text = `${receipts[i % receipts.length]!.text}\nREF ${key}`;
      for (;;) {
        const form = new FormData();
        form.set("file", new File([text], `crash-${i}.txt`));
        const response = await fetch(`${base}/api/v1/documents`, { method: "POST", headers: { ...auth, "idempotency-key": key }, body: form, signal: AbortSignal.timeout(30_000) }).catch(() => null);
        if (response?.status === 202) {
          const body = (await response.json()) as { documentId: string; runId: string };
          acknowledged.push({ documentId: body.documentId, runId: body.runId, key });
          break;
        }
        retries++;
        await sleep(200);
      }
    }
  };
  // Kills land while uploads are in flight and runs execute; the last comes before the last upload.
  let crashes = 0;
  const crasher = async () => {
    while (crashes < CRASHES && next < CRASH_UPLOADS) {
      await sleep(200 + Math.random() * 1_000);
      await killApp();
      crashes++;
      app = await startApp();
    }
  };
  const started = performance.now();
  await Promise.all([client(), client(), client(), client(), crasher()]);
  const restartedAt = Date.now();
  const ids = acknowledged.map((a) => a.documentId);
  let stuck: number;
  for (;;) {
    stuck = await db.run.count({ where: { documentId: { in: ids }, status: { in: ["queued", "running"] } } });
    if (stuck === 0 || Date.now() - restartedAt > 60_000) break;
    await sleep(500);
  }
  if (stuck > 0) {
    const left = await db.run.findMany({ where: { documentId: { in: ids }, status: { in: ["queued", "running"] } }, select: { id: true, status: true, updatedAt: true, createdAt: true } });
    for (const run of left) console.log(`  not at rest: run ${run.id} ${run.status}, created ${Math.round((Date.now() - run.createdAt.getTime()) / 1000)} s ago, untouched for ${Math.round((Date.now() - run.updatedAt.getTime()) / 1000)} s`);
  }
  // Rows are written in batches after a run rests; give the last ones a moment.
  await sleep(1_000);
  const documents = await db.document.findMany({ where: { id: { in: ids } }, include: { runs: { select: { id: true, events: { select: { seq: true }, orderBy: { seq: "asc" } } } } } });
  const lost = ids.length - documents.length;
  const duplicates = documents.filter((d) => d.runs.length > 1).length + (await db.document.count({ where: { tenantId: tenant.id, filename: { startsWith: "crash-" } } })) - documents.length;
  const gaps = documents.flatMap((d) => d.runs).filter((r) => r.events.some((e, i) => e.seq !== i)).length;
  console.log(
    `crashes: ${acknowledged.length} uploads acknowledged through ${crashes} kill -9 in ${Math.round(performance.now() - started)} ms (${retries} retries): ${lost} lost, ${stuck} not at rest 60 s after the last restart, ${duplicates} duplicated, ${gaps} runs with event-sequence gaps`,
  );
  return { crash_lost: lost, crash_stuck_after_60s: stuck, crash_duplicates: duplicates, event_gaps: gaps };
}

let figures: Record<string, number | null>;
try {
  app = await startApp();
  // FAULTS_PARTS=crash,outage runs only those parts (the others' keys stay null).
  const parts = new Set((process.env.FAULTS_PARTS ?? "injection,hostile,outage,pg-outage,crash").split(","));
  figures = {
    ...(parts.has("injection") ? await injectionPart() : {}),
    ...(parts.has("hostile") ? await hostilePart(app.pid!) : {}),
    ...(parts.has("outage") || parts.has("pg-outage") ? await outageFigures(parts) : {}),
    ...(parts.has("crash") ? await crashPart() : {}),
  };
} finally {
  await killApp();
  await redis.kill();
  await closeDatabase();
  // The throwaway database lives in the private cluster: removing its directory removes it.
  await postgres.destroy();
}
console.log(
  JSON.stringify({
    crash_lost: null,
    crash_stuck_after_60s: null,
    crash_duplicates: null,
    event_gaps: null,
    hostile_peak_rss_growth_mb: null,
    outage_hung_requests: null,
    outage_redis_hung_requests: null,
    outage_postgres_hung_requests: null,
    outage_postgres_wrong_answers: null,
    outage_postgres_uploads_recovered: null,
    injection_auto_approved: null,
    injection_in_fields: null,
    ...figures,
  }),
);
process.exit(0);
