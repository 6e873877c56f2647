import fs from "node:fs"; import os from "node:os"; import path from "node:path";
process.env.SIEVE_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "sieve-dbg-")); process.env.LOG_LEVEL = "silent"; process.env.SIEVE_SEED_ON_START = "false";
const { ensureDatabase, db } = await import("@/lib/db"); await ensureDatabase();
const { loadDataset } = await import("@/lib/eval/dataset");
const { pipelineRunner } = await import("@/lib/eval/pipeline-runner");
const { fieldMatches } = await import("@/lib/eval/field-comparison");
const run = await pipelineRunner();
for (const d of await loadDataset("/work/shared/data/receipts")) {
  const r = await run(d);
  const c = r.fields.find((f) => f.name === "company");
  if (!fieldMatches("company", c?.value ?? null, d.fields.company)) {
    const vr = await db.vendorRun.findFirst({ where: { documentId: { not: "" } }, orderBy: { createdAt: "desc" } });
    console.log(d.id, JSON.stringify(c?.value), "label", JSON.stringify(d.fields.company), "changes", JSON.stringify(vr?.changes), vr?.matchedBy);
  }
}
