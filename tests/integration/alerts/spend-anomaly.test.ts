import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getStore } from "@/lib/store/get-store";
import { rollUpSpend } from "@/lib/spend/rollup";
import { floorHour } from "@/lib/core/time";
import { alertConfigFromEnv } from "@/lib/alerts/alert-config";
import { detectAlerts, runAlertTick } from "@/lib/alerts/alert-tick";
import { acknowledgeAlert, listAlerts } from "@/lib/alerts/alert-store";
import { saveWebhook } from "@/lib/alerts/webhook-settings";
import { SIGNATURE_HEADER, verify } from "@/lib/alerts/webhook-signature";
import { createTenantWithUsers } from "../../support/factories";
import { startReceiver } from "./webhook-receiver";

// A week of steady spend, then a spike in the current hour: exactly one alert and one signed delivery,
// however many times (and however concurrently) detection runs.

const HOUR = 3_600_000;
const now = new Date();
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let secret: string;
let tenantId: string;
let adminId: string;

async function seedHour(hourStart: Date, totalMicros: number, calls = 4) {
  const latest = Math.min(hourStart.getTime() + HOUR - 1, now.getTime() - 1);
  await db.modelCall.createMany({
    data: Array.from({ length: calls }, (_, i) => ({
      tenantId,
      provider: "openai",
      model: "gpt-4.1-mini",
      agent: "extraction",
      costMicros: Math.round(totalMicros / calls),
      inputTokens: 1000,
      outputTokens: 100,
      createdAt: new Date(hourStart.getTime() + Math.floor(((latest - hourStart.getTime()) * (i + 1)) / (calls + 1))),
    })),
  });
}

beforeAll(async () => {
  const { tenant, admin } = await createTenantWithUsers("alerts");
  tenantId = tenant.id;
  adminId = admin.id;
  receiver = await startReceiver({ failFirst: 1 });
  secret = (await saveWebhook({ url: receiver.url }, adminId)).secret!;
  const current = floorHour(now);
  for (let h = 168; h >= 1; h--) await seedHour(new Date(current.getTime() - h * HOUR), 90_000 + ((h * 7919) % 30_000));
  // The rollup is rebuilt so the week of history is read from SpendHour, as in production.
  await db.spendHour.deleteMany();
  await db.spendRollupState.deleteMany();
  await rollUpSpend({ now });
}, 120_000);

afterAll(async () => {
  await saveWebhook({ url: null }, adminId);
  await receiver.close();
});

const mine = () => db.spendAlert.findMany({ where: { tenantId, kind: "spend_anomaly" } });
const deliveriesOf = (id: string) => receiver.received.filter((r) => r.json.id === id);

describe("spend anomaly alerts", () => {
  it("raises nothing while spend follows its baseline", async () => {
    await seedHour(floorHour(now), 100_000, 2);
    await runAlertTick({ now });
    expect(await mine()).toHaveLength(0);
  });

  it("raises exactly one alert for a spike, however often and concurrently detection runs", async () => {
    await seedHour(floorHour(now), 6_000_000, 6);
    const config = alertConfigFromEnv();
    // Detectors racing each other without the lock: the dedupe key lets exactly one of them insert the alert.
    const racing = await Promise.all([detectAlerts(now, getStore(), config), detectAlerts(now, getStore(), config), detectAlerts(now, getStore(), config)]);
    expect(racing.reduce((a, b) => a + b, 0)).toBe(1);
    // Ticks ask for the lock together, before any has finished: exactly one holds it, and it raises nothing twice.
    const ticks = await Promise.all([runAlertTick({ now }), runAlertTick({ now }), runAlertTick({ now })]);
    expect(ticks.filter((t) => !t.skipped)).toEqual([expect.objectContaining({ raised: 0 })]);
    expect(ticks.filter((t) => t.skipped)).toHaveLength(2);
    expect(await runAlertTick({ now })).toMatchObject({ skipped: false, raised: 0 });
    const alerts = await mine();
    expect(alerts).toHaveLength(1);
    expect(Number(alerts[0]!.observedMicros)).toBeGreaterThanOrEqual(6_000_000);
    expect(Number(alerts[0]!.baselineMicros)).toBeLessThan(130_000);
    expect(alerts[0]!.dedupeKey).toBe(`spend_anomaly:${tenantId}:${floorHour(now).toISOString()}`);
  });

  it("retries a failed delivery with backoff and then delivers it once, signed", async () => {
    const [alert] = await mine();
    // The receiver refused the first attempt (HTTP 500): the alert waits for its retry time.
    expect(deliveriesOf(alert!.id)).toHaveLength(1);
    const waiting = await db.spendAlert.findUniqueOrThrow({ where: { id: alert!.id } });
    expect(waiting).toMatchObject({ deliveryStatus: "pending", deliveryAttempts: 1, deliveryError: "HTTP 500" });
    expect(waiting.nextDeliveryAt!.getTime()).toBeGreaterThan(now.getTime());

    const later = new Date(waiting.nextDeliveryAt!.getTime() + 1);
    await Promise.all([runAlertTick({ now: later }), runAlertTick({ now: later })]);
    await runAlertTick({ now: new Date(later.getTime() + 60 * 60_000) });
    const attempts = deliveriesOf(alert!.id);
    expect(attempts).toHaveLength(2);
    const delivered = await db.spendAlert.findUniqueOrThrow({ where: { id: alert!.id } });
    expect(delivered).toMatchObject({ deliveryStatus: "delivered", deliveryAttempts: 2, deliveryError: null });

    const success = attempts[1]!;
    expect(success.headers["content-type"]).toBe("application/json");
    expect(success.headers["x-sieve-alert-id"]).toBe(alert!.id);
    const header = String(success.headers[SIGNATURE_HEADER]);
    const t = Number(/t=(\d+)/.exec(header)![1]);
    expect(verify(secret, success.body, header, t)).toBe(true);
    expect(verify("another-secret-of-some-length", success.body, header, t)).toBe(false);
    expect(verify(secret, success.body.replace("spend_anomaly", "budget_80"), header, t)).toBe(false);
    expect(success.json).toMatchObject({ type: "sieve.spend_alert", kind: "spend_anomaly", tenantId, id: alert!.id });
  });

  it("shows the alert to its tenant's admins, who acknowledge it once", async () => {
    const [alert] = await mine();
    const listed = await listAlerts(tenantId, { unacknowledgedOnly: true });
    expect(listed.map((a) => a.id)).toContain(alert!.id);
    const other = await createTenantWithUsers("other");
    expect((await listAlerts(other.tenant.id)).map((a) => a.id)).not.toContain(alert!.id);
    await expect(acknowledgeAlert(other.tenant.id, other.admin.id, alert!.id)).rejects.toMatchObject({ code: "not_found" });
    const acked = await acknowledgeAlert(tenantId, adminId, alert!.id);
    expect(acked.acknowledgedAt).not.toBeNull();
    expect((await acknowledgeAlert(tenantId, adminId, alert!.id)).acknowledgedAt).toBe(acked.acknowledgedAt);
    expect((await listAlerts(tenantId, { unacknowledgedOnly: true })).map((a) => a.id)).not.toContain(alert!.id);
  });
});
