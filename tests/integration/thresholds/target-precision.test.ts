import crypto from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { forgetPipelineSettings, pipelineSettings } from "@/lib/pipeline/load-settings";
import { SETTING_KEYS } from "@/lib/pipeline/pipeline-settings";
import { thresholdChoiceSchema } from "@/lib/thresholds/threshold-contract";
import { call } from "../../support/api-dispatch";
import { consoleSession } from "../../support/api-factories";
import { createTenantWithUsers } from "../../support/factories";

// An operator sets the precision a document type needs; Sieve picks the threshold from the
// tenant's checked documents and never lowers it on too little evidence.

afterEach(async () => {
  await db.setting.deleteMany({ where: { key: SETTING_KEYS.autoApproveThresholds } });
  forgetPipelineSettings();
});

async function tenantWithHistory(history: Array<{ n: number; confidence: number; correct: boolean }>) {
  const users = await createTenantWithUsers("thresholds");
  const rows = history.flatMap(({ n, confidence, correct }) =>
    Array.from({ length: n }, () => ({
      tenantId: users.tenant.id,
      documentId: crypto.randomUUID(),
      runId: crypto.randomUUID(),
      docType: "receipt",
      confidence,
      approvedBy: "human",
      checked: true,
      fields: {},
      correctedFields: correct ? [] : ["total"],
      correct,
      approvedAt: new Date(),
    })),
  );
  await db.labelRecord.createMany({ data: rows });
  return { ...users, session: await consoleSession(users.operator.email) };
}

const setTarget = async (session: { cookie: string; csrf: string }, targetPrecision: number) => {
  const response = await call("/api/v1/admin/pipeline-settings/target-precision", { method: "PUT", ...session, json: { docType: "receipt", targetPrecision } });
  return { status: response.status, body: await response.json() };
};

describe("thresholds from a target precision", () => {
  it("does not lower a threshold chosen for 99% on too little data, and audits the attempt", async () => {
    const { tenant, session } = await tenantWithHistory([{ n: 12, confidence: 0.999, correct: true }]);
    const before = (await pipelineSettings()).autoApproveThresholds.receipt;
    const { status, body } = await setTarget(session, 0.99);
    expect(status).toBe(200);
    expect(thresholdChoiceSchema.parse(body)).toMatchObject({ basis: "insufficient_data", labelled: 12, previousThreshold: before, threshold: before });
    expect((await pipelineSettings()).autoApproveThresholds.receipt).toBe(before);
    const trail = await db.auditEvent.findFirstOrThrow({ where: { tenantId: tenant.id, action: "settings.target_precision" } });
    expect(trail.data).toMatchObject({ target: 0.99, basis: "insufficient_data", from: before, to: before });
  });

  it("chooses the threshold once checked documents vouch for the target, with the trade-off curve", async () => {
    const { session } = await tenantWithHistory([
      { n: 150, confidence: 0.998, correct: true },
      { n: 100, confidence: 0.9, correct: true },
      { n: 20, confidence: 0.5, correct: false },
      { n: 30, confidence: 0.5, correct: true },
    ]);
    const choice = thresholdChoiceSchema.parse((await setTarget(session, 0.99)).body);
    expect(choice.basis).toBe("learned");
    expect(choice.threshold).toBeLessThan(1);
    expect(choice.curve.find((p) => p.threshold === choice.threshold)!.precisionLow).toBeGreaterThanOrEqual(0.99);
    expect((await pipelineSettings()).autoApproveThresholds.receipt).toBe(choice.threshold);
  });

  it("reviews every document of the type when reviewers found errors among confident ones", async () => {
    const { session } = await tenantWithHistory([{ n: 40, confidence: 0.99, correct: true }, { n: 4, confidence: 0.99, correct: false }, { n: 20, confidence: 0.6, correct: false }]);
    expect(thresholdChoiceSchema.parse((await setTarget(session, 0.99)).body)).toMatchObject({ basis: "target_unreachable", threshold: 1 });
  });

  it("lets only operators set it", async () => {
    const users = await createTenantWithUsers("thresholds-admin");
    const admin = await consoleSession(users.admin.email);
    expect((await setTarget(admin, 0.99)).status).toBe(403);
  });
});
