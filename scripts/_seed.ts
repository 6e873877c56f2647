import { PGlite } from "@electric-sql/pglite";
import { writeFile } from "node:fs/promises";
import { createHash } from "node:crypto";
const pg = new PGlite(process.argv[2] + "/pg");
const rows = (await pg.query<any>(`select sha256, reading, bytes from "Document" where filename like 'sroie%' and reading is not null`)).rows;
for (const r of rows) {
  const h = createHash("sha256").update(r.bytes).digest("hex");
  await writeFile(`/tmp/sieve-ocr-readings/${h}.json`, JSON.stringify(r.reading));
}
console.log(rows.length, rows[0].sha256 === createHash("sha256").update(rows[0].bytes).digest("hex"));
