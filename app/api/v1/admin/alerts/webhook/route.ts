import { authorizeConsoleAdmin } from "@/lib/http/authorize";
import { readJson, route } from "@/lib/http/respond";
import { webhookInputSchema } from "@/lib/alerts/alert-contract";
import { saveWebhook, webhookView } from "@/lib/alerts/webhook-settings";

// One webhook receives every tenant's alerts, so only operators see or change it.

export const GET = route(async (request, context) => {
  await authorizeConsoleAdmin(request, context, "operator");
  return Response.json(await webhookView());
});

export const PUT = route(async (request, context) => {
  const principal = await authorizeConsoleAdmin(request, context, "operator");
  const input = await readJson(request, webhookInputSchema);
  // A newly generated secret is in this body only.
  return Response.json(await saveWebhook(input, principal.userId), { headers: { "cache-control": "no-store" } });
});
