import { z } from "zod";

// Alert shapes on the wire (admin API, console, webhook body), declared once.

const micros = z.number().int().meta({ description: "Micro-dollars (1 USD = 1,000,000)" });

export const alertSchema = z
  .object({
    id: z.string(),
    kind: z.enum(["spend_anomaly", "budget_80", "budget_100", "breaker_open"]),
    message: z.string(),
    tenantId: z.string().nullable().meta({ description: "null for installation-wide alerts (global budget, circuit breakers)" }),
    budgetId: z.string().nullable(),
    data: z.unknown(),
    observedMicros: micros.nullable(),
    baselineMicros: micros.nullable(),
    createdAt: z.string(),
    acknowledgedAt: z.string().nullable(),
    delivery: z.object({
      status: z.enum(["pending", "delivered", "failed", "skipped"]),
      attempts: z.number().int(),
      deliveredAt: z.string().nullable(),
      error: z.string().nullable(),
    }),
  })
  .meta({ id: "SpendAlert" });

export const webhookViewSchema = z
  .object({
    url: z.string().nullable(),
    secretHint: z.string().nullable().meta({ description: "The secret's first characters; the whole secret is shown once, when generated" }),
  })
  .meta({ id: "AlertWebhook" });

export const webhookInputSchema = z.object({
  /** null turns delivery off. */
  url: z.url({ protocol: /^https?$/ }).max(2000).nullable(),
  /** Your own secret; omitted, the current one is kept (or a new one generated the first time). */
  secret: z.string().min(16).max(200).optional(),
  rotateSecret: z.boolean().optional(),
});
export type WebhookInput = z.infer<typeof webhookInputSchema>;

export type AlertJson = z.infer<typeof alertSchema>;
export type WebhookView = z.infer<typeof webhookViewSchema>;
