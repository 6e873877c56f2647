import { apiRoute } from "@/lib/http/api-route";
import { auditSamplingBodySchema, auditSamplingResultSchema } from "@/lib/review/queue-contract";
import { setAuditSampleRate } from "@/lib/review/queue-summary";

export const PUT = apiRoute(
  { access: { console: true, role: "operator" }, body: auditSamplingBodySchema, response: auditSamplingResultSchema },
  async ({ actor, body }) => setAuditSampleRate(actor, body.rate),
);
