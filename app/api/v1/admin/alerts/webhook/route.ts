import { apiRoute } from "@/lib/http/api-route";
import { savedWebhookSchema, webhookInputSchema, webhookViewSchema } from "@/lib/alerts/alert-contract";
import { saveWebhook, webhookView } from "@/lib/alerts/webhook-settings";

// One webhook receives every tenant's alerts, so only operators see or change it.

export const GET = apiRoute({ access: { console: true, role: "operator" }, response: webhookViewSchema }, async () => webhookView());

// A newly generated secret is in this body only.
export const PUT = apiRoute(
  { access: { console: true, role: "operator" }, body: webhookInputSchema, response: savedWebhookSchema, headers: { "cache-control": "no-store" } },
  async ({ actor, body }) => saveWebhook(body, actor.userId),
);
