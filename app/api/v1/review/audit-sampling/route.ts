import { authorize } from "@/lib/http/authorize";
import { readJson, route } from "@/lib/http/respond";
import { auditSamplingBodySchema } from "@/lib/review/queue-contract";
import { setAuditSampleRate } from "@/lib/review/queue-summary";
import { reviewActor } from "@/lib/review/review-actor";

export const PUT = route(async (request, context) => {
  const actor = reviewActor(await authorize(request, context, { consoleOnly: true, role: "operator" }), context.requestId);
  const { rate } = await readJson(request, auditSamplingBodySchema);
  return Response.json(await setAuditSampleRate(actor, rate));
});
