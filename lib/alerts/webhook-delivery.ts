import "server-only";
import http from "node:http";
import https from "node:https";
import { db } from "@/lib/db";
import type { SpendAlert } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { utc } from "@/lib/core/time";
import { alertJson } from "@/lib/alerts/alert-store";
import { afterFailedAttempt, type BackoffConfig } from "@/lib/alerts/delivery-backoff";
import { publicOnlyLookup, webhookAddressRefusal } from "@/lib/alerts/webhook-address-policy";
import { SIGNATURE_HEADER, sign } from "@/lib/alerts/webhook-signature";
import { webhookTarget, type WebhookTarget } from "@/lib/alerts/webhook-settings";

// Sends pending alerts to the webhook. Each alert is claimed with a lease (FOR UPDATE SKIP LOCKED), so
// instances never post the same alert at once and a crashed sender's alert is retried after the lease.

export interface DeliveryConfig extends BackoffConfig {
  timeoutMs: number;
  leaseMs: number;
  batch: number;
}

export const DEFAULT_DELIVERY: DeliveryConfig = { maxAttempts: 8, baseDelayMs: 5_000, maxDelayMs: 15 * 60_000, timeoutMs: 10_000, leaseMs: 60_000, batch: 20 };

export interface DeliveryOptions {
  now?: Date;
  config?: Partial<DeliveryConfig>;
  random?: () => number;
}

/** The JSON body receivers get. */
export function webhookPayload(alert: SpendAlert) {
  const { delivery: _delivery, acknowledgedAt: _ack, ...rest } = alertJson(alert);
  return { type: "sieve.spend_alert", ...rest };
}

async function claim(now: Date, config: DeliveryConfig): Promise<SpendAlert[]> {
  const ids = await db.$queryRaw<Array<{ id: string }>>`
    UPDATE "SpendAlert" SET "nextDeliveryAt" = ${utc(new Date(now.getTime() + config.leaseMs))}, "deliveryAttempts" = "deliveryAttempts" + 1
    WHERE id IN (
      SELECT id FROM "SpendAlert" WHERE "deliveryStatus" = 'pending' AND ("nextDeliveryAt" IS NULL OR "nextDeliveryAt" <= ${utc(now)})
      ORDER BY "createdAt" LIMIT ${config.batch} FOR UPDATE SKIP LOCKED)
    RETURNING id`;
  if (ids.length === 0) return [];
  return db.spendAlert.findMany({ where: { id: { in: ids.map((r) => r.id) } }, orderBy: { createdAt: "asc" } });
}

/**
 * node:http(s) rather than fetch, so the connection goes through the address-checking lookup (fetch
 * resolves the name again after any check of ours). Redirects are not followed. Resolves to the status.
 */
function send(url: string, headers: Record<string, string>, body: string, signal: AbortSignal): Promise<number> {
  const target = new URL(url);
  const client = target.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      target,
      { method: "POST", headers: { ...headers, "content-length": String(Buffer.byteLength(body)) }, lookup: publicOnlyLookup(), signal },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.once("error", reject);
    request.end(body);
  });
}

async function post(target: WebhookTarget, alert: SpendAlert, now: Date, timeoutMs: number): Promise<string | null> {
  const body = JSON.stringify(webhookPayload(alert));
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    // Checked again before each attempt, for a clear reason (the lookup also refuses at connect time).
    const refusal = await webhookAddressRefusal(target.url);
    if (refusal) return `refused: ${refusal}`;
    const headers = {
      "content-type": "application/json",
      "user-agent": "sieve-alerts/1",
      "x-sieve-alert-id": alert.id,
      [SIGNATURE_HEADER]: sign(target.secret, body, Math.floor(now.getTime() / 1000)),
    };
    const status = await send(target.url, headers, body, signal);
    return status >= 200 && status < 300 ? null : `HTTP ${status}`;
  } catch (error) {
    if (signal.aborted) return `timed out after ${timeoutMs} ms`;
    const code = (error as NodeJS.ErrnoException).code;
    return code === "EADDRNOTALLOWED" ? `refused: ${(error as Error).message}` : (error as Error).message;
  }
}

export async function deliverPendingAlerts(options: DeliveryOptions = {}): Promise<{ attempted: number; delivered: number }> {
  const now = options.now ?? new Date();
  const config = { ...DEFAULT_DELIVERY, ...options.config };
  const target = await webhookTarget();
  if (!target) {
    // Nowhere to send: alerts stay visible in the console only.
    await db.spendAlert.updateMany({ where: { deliveryStatus: "pending" }, data: { deliveryStatus: "skipped", nextDeliveryAt: null } });
    return { attempted: 0, delivered: 0 };
  }
  let attempted = 0;
  let delivered = 0;
  for (let batch = await claim(now, config); batch.length > 0; batch = await claim(now, config)) {
    for (const alert of batch) {
      attempted++;
      const error = await post(target, alert, now, config.timeoutMs);
      if (!error) {
        delivered++;
        await db.spendAlert.update({ where: { id: alert.id }, data: { deliveryStatus: "delivered", deliveredAt: new Date(), nextDeliveryAt: null, deliveryError: null } });
        continue;
      }
      const next = afterFailedAttempt(alert.deliveryAttempts, now, (options.random ?? Math.random)(), config);
      log.warn({ alertId: alert.id, attempts: alert.deliveryAttempts, error }, "alert webhook delivery failed");
      await db.spendAlert.update({
        where: { id: alert.id },
        data: { deliveryStatus: next.status, deliveryError: error.slice(0, 500), nextDeliveryAt: next.status === "pending" ? next.retryAt : null },
      });
    }
  }
  return { attempted, delivered };
}
