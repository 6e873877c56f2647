import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { signIn } from "@/lib/auth/session";
import { pipelineSettings } from "@/lib/pipeline/load-settings";
import { SETTING_KEYS } from "@/lib/pipeline/pipeline-settings";
import { call } from "../../support/api-dispatch";
import { createTenantWithUsers } from "../../support/factories";

// The pipeline's thresholds over HTTP: admins read them, operators change them, runs use them.

let admin: { cookie: string; csrf: string };
let operator: { cookie: string; csrf: string };
let operatorId: string;

beforeAll(async () => {
  const t = await createTenantWithUsers("pipeline-settings");
  const a = await signIn(t.admin.email, t.password);
  const o = await signIn(t.operator.email, t.password);
  admin = { cookie: a.token, csrf: a.csrfToken };
  operator = { cookie: o.token, csrf: o.csrfToken };
  operatorId = t.operator.id;
});

afterAll(async () => {
  await db.setting.deleteMany({ where: { key: { in: Object.values(SETTING_KEYS) } } });
});

const put = (who: { cookie: string; csrf: string }, json: unknown) => call("/api/v1/admin/pipeline-settings", { method: "PUT", cookie: who.cookie, csrf: who.csrf, json });

describe("pipeline settings", () => {
  it("shows admins the thresholds in force with their defaults, and lets only operators change them", async () => {
    const page = await (await call("/api/v1/admin/pipeline-settings", { cookie: admin.cookie })).json();
    expect(page.settings.autoApproveThresholds).toEqual({ invoice: 0.95, receipt: 0.9, generic: 0.9 });
    expect(page.defaults.escalationThresholds).toEqual({ extraction: null, classification: 0.6, summarisation: 0.3 });
    expect(page.overridden).toEqual([]);

    const refused = await put(admin, { autoApproveThresholds: { receipt: 0.5 } });
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe("forbidden");

    const changed = await put(operator, { autoApproveThresholds: { receipt: 0.85 }, slaHours: { high: 2, normal: 12, low: 48 } });
    expect(changed.status).toBe(200);
    const after = await changed.json();
    expect(after.settings.autoApproveThresholds).toEqual({ invoice: 0.95, receipt: 0.85, generic: 0.9 });
    expect(after.overridden.sort()).toEqual(["autoApproveThresholds", "slaHours"]);
    // Runs read the change at once on this instance.
    expect((await pipelineSettings()).autoApproveThresholds.receipt).toBe(0.85);
    const trail = await db.auditEvent.findMany({ where: { actorId: operatorId, entityType: "setting" }, orderBy: { createdAt: "asc" } });
    expect(trail.map((e) => [e.action, e.entityId])).toEqual([
      ["settings.changed", "review.autoApproveThresholds"],
      ["settings.changed", "review.slaHours"],
    ]);

    const reset = await (await put(operator, { autoApproveThresholds: null })).json();
    expect(reset.settings.autoApproveThresholds.receipt).toBe(0.9);
    expect(reset.overridden).toEqual(["slaHours"]);
  });

  it("refuses values out of range and unknown settings with the error shape, changing nothing", async () => {
    for (const body of [{ auditSampleRate: 1.5 }, { autoApproveThresholds: { passport: 0.9 } }, { slaHours: { high: -1, normal: 1, low: 1 } }, { colour: "red" }]) {
      const response = await put(operator, body);
      expect(response.status).toBe(400);
      expect((await response.json()).error.code).toBe("invalid_request");
    }
    expect((await pipelineSettings()).auditSampleRate).toBe(0.05);
  });
});
