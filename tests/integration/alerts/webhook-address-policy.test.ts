import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { deliverPendingAlerts } from "@/lib/alerts/webhook-delivery";
import { saveWebhook, webhookView } from "@/lib/alerts/webhook-settings";
import { createTenantWithUsers } from "../../support/factories";
import { startReceiver } from "./webhook-receiver";

// As in production: internal webhook targets are refused (the integration setup allows them for the other tests).
vi.hoisted(() => {
  process.env.SIEVE_WEBHOOK_ALLOW_PRIVATE = "false";
});

let tenantId: string;
let adminId: string;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  const { tenant, admin } = await createTenantWithUsers("webhook-policy");
  tenantId = tenant.id;
  adminId = admin.id;
  receiver = await startReceiver();
});

afterAll(async () => {
  await saveWebhook({ url: null }, adminId);
  await receiver.close();
});

describe("alert webhook address policy", () => {
  it("refuses to save a webhook on a loopback address, by IP or by name, and keeps the current one", async () => {
    await saveWebhook({ url: "https://93.184.216.34/hooks/sieve" }, adminId);
    for (const url of ["http://127.0.0.1:9/hook", "http://localhost:9/hook"]) {
      const refused = saveWebhook({ url }, adminId);
      await expect(refused).rejects.toMatchObject({ code: "webhook_address_not_allowed", status: 422 });
      await expect(refused).rejects.toThrow(/internal address.*SIEVE_WEBHOOK_ALLOW_PRIVATE/);
    }
    expect((await webhookView()).url).toBe("https://93.184.216.34/hooks/sieve");
  });

  it("records a delivery to a target that has become internal as failed, with the reason, and sends nothing", async () => {
    // Stored directly: how a saved target looks once its DNS points inside (or one saved before the policy existed).
    await db.setting.update({ where: { key: "alerts.webhook" }, data: { value: { url: receiver.url, secret: crypto.randomBytes(32).toString("hex") } } });
    const alert = await db.spendAlert.create({
      data: { kind: "spend_anomaly", dedupeKey: `webhook-policy:${crypto.randomUUID()}`, message: "Spend spike", tenantId },
    });

    const result = await deliverPendingAlerts({ config: { maxAttempts: 1 } });

    expect(result.delivered).toBe(0);
    expect(await db.spendAlert.findUniqueOrThrow({ where: { id: alert.id } })).toMatchObject({
      deliveryStatus: "failed",
      deliveryAttempts: 1,
      deliveryError: "refused: 127.0.0.1 is a loopback, private or otherwise internal address",
      deliveredAt: null,
    });
    expect(receiver.received).toHaveLength(0);
  });
});
