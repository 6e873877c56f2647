import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { it } from "vitest";
import { db } from "@/lib/db";
import { submitDocument } from "@/lib/pipeline/start-run";
import { drainExecutions } from "@/lib/pipeline/run-registry";
import { createTenantWithUsers } from "../../support/factories";
import { runAtRest } from "./pipeline-support";

it("profiles", async () => {
  const { tenant } = await createTenantWithUsers("p");
  const RECEIPTS = path.resolve("../shared/data/receipts");
  const names = (await readdir(RECEIPTS)).filter((n) => n.endsWith(".json")).sort().slice(0, 40);
  const docs = await Promise.all(names.map(async (n) => JSON.parse(await readFile(path.join(RECEIPTS, n), "utf8")) as { id: string; text: string }));
  for (const batch of [docs.slice(0, 1), docs.slice(1, 2), docs.slice(2, 40)]) {
    const t = Date.now();
    const subs = await Promise.all(batch.map((d) => submitDocument({ tenantId: tenant.id }, { bytes: Buffer.from(d.text), filename: "x.txt" })));
    const t2 = Date.now();
    const runs = await Promise.all(subs.map((s) => runAtRest(s.run.id, 60000)));
    console.log("batch", batch.length, "submit ms", t2 - t, "total ms", Date.now() - t);
    const r = await db.run.findUniqueOrThrow({ where: { id: runs.at(-1)!.id }, include: { steps: { orderBy: { createdAt: "asc" } } } });
    console.log(r.steps.map((s) => [s.agent, s.startedAt!.getTime() - r.createdAt.getTime(), s.durationMs]), r.finishedAt!.getTime() - r.createdAt.getTime());
  }
  await drainExecutions(10000);
}, 120000);
