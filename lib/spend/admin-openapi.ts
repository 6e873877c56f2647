import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { jsonResponse, operation } from "@/lib/api/openapi/operation";
import { idParams } from "@/lib/api/schemas/common";
import { alertSchema, webhookInputSchema, webhookViewSchema } from "@/lib/alerts/alert-schemas";
import { budgetInputSchema, budgetSchema, budgetsPageSchema, budgetUpdateSchema } from "@/lib/budgets/budget-schemas";
import { modelPriceInput } from "@/lib/gateway/price-table";
import { spendReportSchema } from "@/lib/spend/spend-schemas";
import { spendQuerySchema } from "@/lib/spend/spend-query";

// OpenAPI entries for the console's admin routes (app/api/v1/admin/**): spend, budgets, alerts and
// model prices, generated from the zod schemas the routes parse and answer with.

const tags = ["Admin: spend and budgets"];
const access = "console-admin" as const;
const json = (schema: z.ZodType) => ({ required: true, content: { "application/json": { schema } } });

const priceSchema = modelPriceInput.extend({ source: z.enum(["admin", "default"]) }).meta({ id: "ModelPrice" });

export const adminPaths: ZodOpenApiPathsObject = {
  "/api/v1/admin/spend": {
    get: operation({
      operationId: "getSpendReport",
      tags,
      summary: "Model spend over a range",
      description: "Cost over time by model, agent, document type or API token; cost per run (mean, p50, p95) and per approved document; cache hit rate and savings; tokens; retries. Defaults to the last 7 days.",
      access,
      requestParams: { query: spendQuerySchema },
      responses: { "200": jsonResponse("The report", spendReportSchema) },
      errors: [400],
    }),
  },
  "/api/v1/admin/budgets": {
    get: operation({
      operationId: "listBudgets",
      tags,
      summary: "Budgets with their usage this period, and the per-run caps",
      access,
      responses: { "200": jsonResponse("Budgets, run caps and the tenant's tokens", budgetsPageSchema) },
    }),
    post: operation({
      operationId: "createBudget",
      tags,
      summary: "Add a per-run cap, or a daily/monthly cap for a token, the tenant or the installation",
      description: "Per-run caps and installation-wide (`global`) caps bind every tenant: only operators may add, change or remove them.",
      access,
      requestBody: json(budgetInputSchema),
      responses: { "201": jsonResponse("The new budget", budgetSchema) },
      errors: [400, 404, 409],
    }),
  },
  "/api/v1/admin/budgets/{id}": {
    patch: operation({
      operationId: "updateBudget",
      tags,
      summary: "Change a budget's limit",
      access,
      requestParams: { path: idParams },
      requestBody: json(budgetUpdateSchema),
      responses: { "200": jsonResponse("The budget", budgetSchema) },
      errors: [400, 404],
    }),
    delete: operation({
      operationId: "deleteBudget",
      tags,
      summary: "Remove a budget",
      access,
      requestParams: { path: idParams },
      responses: { "204": { description: "Removed" } },
      errors: [404],
    }),
  },
  "/api/v1/admin/alerts": {
    get: operation({
      operationId: "listSpendAlerts",
      tags,
      summary: "Recent spend alerts (spikes, budgets at 80%/100%, opened circuit breakers)",
      access,
      requestParams: { query: z.object({ unacknowledged: z.enum(["true", "false"]).optional(), limit: z.string().optional() }) },
      responses: { "200": jsonResponse("Newest first", z.object({ data: z.array(alertSchema) })) },
      errors: [400],
    }),
  },
  "/api/v1/admin/alerts/{id}/acknowledge": {
    post: operation({
      operationId: "acknowledgeSpendAlert",
      tags,
      summary: "Acknowledge an alert (idempotent)",
      access,
      requestParams: { path: idParams },
      responses: { "200": jsonResponse("The alert", alertSchema) },
      errors: [404],
    }),
  },
  "/api/v1/admin/alerts/webhook": {
    get: operation({
      operationId: "getAlertWebhook",
      tags,
      summary: "Where alerts are delivered",
      access: "console-operator",
      responses: { "200": jsonResponse("The webhook", webhookViewSchema) },
    }),
    put: operation({
      operationId: "setAlertWebhook",
      tags,
      summary: "Set, change or remove the alert webhook",
      description:
        "Alerts are POSTed as JSON with `x-sieve-signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, \"<t>.<body>\")>`, retried with exponential backoff. A generated secret is returned once. A URL whose host is, or resolves to, a loopback, private, link-local or otherwise internal address is refused with 422 `webhook_address_not_allowed` (unless the server sets SIEVE_WEBHOOK_ALLOW_PRIVATE); deliveries check it again before each attempt.",
      access: "console-operator",
      requestBody: json(webhookInputSchema),
      responses: { "200": jsonResponse("The webhook (and the secret, when one was generated)", webhookViewSchema.extend({ secret: z.string().optional() })) },
      errors: [400, 422],
    }),
  },
  "/api/v1/admin/prices": {
    get: operation({
      operationId: "listModelPrices",
      tags,
      summary: "The price table the gateway charges by (defaults and operator overrides)",
      access,
      responses: { "200": jsonResponse("Prices per million tokens, in micro-dollars", z.object({ data: z.array(priceSchema) })) },
    }),
    put: operation({
      operationId: "setModelPrice",
      tags,
      summary: "Set one model's price",
      access: "console-operator",
      requestBody: json(modelPriceInput),
      responses: { "200": jsonResponse("The stored price", modelPriceInput) },
      errors: [400],
    }),
    delete: operation({
      operationId: "deleteModelPrice",
      tags,
      summary: "Remove a price override (the model falls back to its default)",
      access: "console-operator",
      requestParams: { query: z.object({ model: z.string() }) },
      responses: { "204": { description: "Removed" } },
      errors: [400],
    }),
  },
};
