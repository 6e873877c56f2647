import { z } from "zod";
import { defineOperation, jsonBody, jsonResponse } from "@/lib/core/contract";
import { idParams } from "@/lib/core/ids";

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

const tags = ["Admin: spend and budgets"];
const access = "console-admin" as const;

export const alertsQuerySchema = z.object({
  unacknowledged: z.stringbool().optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
export const alertListSchema = z.object({ data: z.array(alertSchema) });
export const savedWebhookSchema = webhookViewSchema.extend({ secret: z.string().optional() });

export const alertOperations = {
  listSpendAlerts: defineOperation({
    method: "get",
    path: "/api/v1/admin/alerts",
    operationId: "listSpendAlerts",
    tags,
    summary: "Recent spend alerts (spikes, budgets at 80%/100%, opened circuit breakers)",
    access,
    requestParams: { query: alertsQuerySchema },
    responses: { "200": jsonResponse("Newest first", alertListSchema) },
    errors: [400],
  }),
  acknowledgeSpendAlert: defineOperation({
    method: "post",
    path: "/api/v1/admin/alerts/{id}/acknowledge",
    operationId: "acknowledgeSpendAlert",
    tags,
    summary: "Acknowledge an alert (idempotent)",
    access,
    requestParams: { path: idParams },
    responses: { "200": jsonResponse("The alert", alertSchema) },
    errors: [404],
  }),
  getAlertWebhook: defineOperation({
    method: "get",
    path: "/api/v1/admin/alerts/webhook",
    operationId: "getAlertWebhook",
    tags,
    summary: "Where alerts are delivered",
    access: "console-operator",
    responses: { "200": jsonResponse("The webhook", webhookViewSchema) },
  }),
  setAlertWebhook: defineOperation({
    method: "put",
    path: "/api/v1/admin/alerts/webhook",
    operationId: "setAlertWebhook",
    tags,
    summary: "Set, change or remove the alert webhook",
    description:
      "Alerts are POSTed as JSON with `x-sieve-signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, \"<t>.<body>\")>`, retried with exponential backoff. A generated secret is returned once. A URL whose host is, or resolves to, a loopback, private, link-local or otherwise internal address is refused with 422 `webhook_address_not_allowed` (unless the server sets SIEVE_WEBHOOK_ALLOW_PRIVATE); deliveries check it again before each attempt.",
    access: "console-operator",
    requestBody: jsonBody(webhookInputSchema),
    responses: { "200": jsonResponse("The webhook (and the secret, when one was generated)", savedWebhookSchema) },
    errors: [400, 422],
  }),
};
