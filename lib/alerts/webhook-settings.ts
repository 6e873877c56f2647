import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import { AppError } from "@/lib/core/errors";
import { db } from "@/lib/db";
import { webhookAddressRefusal } from "@/lib/alerts/webhook-address-policy";
import { webhookInputSchema, type WebhookInput, type WebhookView } from "@/lib/alerts/alert-contract";

// Where alerts are POSTed, and the secret their HMAC signature uses: one installation-wide Setting.

const KEY = "alerts.webhook";

const stored = z.object({ url: z.url({ protocol: /^https?$/ }), secret: z.string().min(16) });
export type WebhookTarget = z.infer<typeof stored>;

export async function webhookTarget(): Promise<WebhookTarget | null> {
  const row = await db.setting.findUnique({ where: { key: KEY } });
  const parsed = stored.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

export async function webhookView(): Promise<WebhookView> {
  const target = await webhookTarget();
  return { url: target?.url ?? null, secretHint: target ? `${target.secret.slice(0, 6)}…` : null };
}

/** Returns the view, plus the secret when this call generated a new one. */
export async function saveWebhook(input: WebhookInput, actorId: string): Promise<WebhookView & { secret?: string }> {
  const data = webhookInputSchema.parse(input);
  if (data.url === null) {
    await db.setting.deleteMany({ where: { key: KEY } });
    return { url: null, secretHint: null };
  }
  const refusal = await webhookAddressRefusal(data.url);
  if (refusal) {
    throw new AppError(
      "webhook_address_not_allowed",
      `Alerts cannot be sent to ${data.url}: ${refusal}. Use a publicly reachable receiver, or set SIEVE_WEBHOOK_ALLOW_PRIVATE=true on the server for an on-premises one.`,
      { url: data.url },
    );
  }
  const current = await webhookTarget();
  const generated = !data.secret && (data.rotateSecret || !current) ? crypto.randomBytes(32).toString("hex") : undefined;
  const secret = data.secret ?? generated ?? current!.secret;
  const value = { url: data.url, secret };
  await db.setting.upsert({ where: { key: KEY }, create: { key: KEY, value, updatedById: actorId }, update: { value, updatedById: actorId } });
  return { url: data.url, secretHint: `${secret.slice(0, 6)}…`, ...(generated ? { secret: generated } : {}) };
}
