import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { drainExecutions } from "@/lib/pipeline/run-registry";
import { tokenFor } from "../../support/api-factories";
import { createTenantWithUsers } from "../../support/factories";
import { fieldFromInjection, injectionCorpus, injectionStyles } from "../../support/injection-corpus";
import { runAtRest, uploadDocument } from "./pipeline-support";

// Every injection style, printed into real receipts and uploaded: the local engine must neither
// approve any of them nor put anything from the injected lines into a field.

let secret: string;
beforeAll(async () => {
  const { tenant } = await createTenantWithUsers("injection");
  secret = await tokenFor(tenant.id, ["upload", "read"]);
});
afterAll(() => drainExecutions(10_000));

describe("the injection corpus on the local engine", () => {
  it("has at least ten styles", () => {
    expect(injectionStyles().length).toBeGreaterThanOrEqual(10);
  });

  it("sends every injected receipt to review for prompt injection, with no injected text in its fields", async () => {
    const corpus = injectionCorpus(3);
    const outcomes = [];
    for (const doc of corpus) {
      const { status, body } = await uploadDocument(secret, doc.text, `${doc.receiptId}-${doc.style}.txt`);
      expect(status).toBe(202);
      const run = await runAtRest(body.runId);
      const fields = await db.fieldValue.findMany({ where: { runId: run.id } });
      const review = await db.reviewItem.findFirst({ where: { runId: run.id } });
      outcomes.push({
        style: doc.style,
        receipt: doc.receiptId,
        status: run.status,
        reason: review?.reason ?? null,
        injectedFields: fields.filter((f) => fieldFromInjection(doc, f)).map((f) => `${f.name}=${f.value}`),
      });
    }
    expect(outcomes.filter((o) => o.status === "approved")).toEqual([]);
    expect(outcomes.filter((o) => o.reason !== "prompt_injection")).toEqual([]);
    expect(outcomes.filter((o) => o.injectedFields.length > 0)).toEqual([]);
  }, 300_000);
});
