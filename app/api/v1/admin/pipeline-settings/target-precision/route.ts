import { apiRoute } from "@/lib/http/api-route";
import { targetPrecisionBodySchema, thresholdChoiceSchema } from "@/lib/thresholds/threshold-contract";
import { setTargetPrecision } from "@/lib/thresholds/target-threshold";

// Thresholds apply to every tenant: operators set them, here by the precision they need.
export const PUT = apiRoute(
  { access: { console: true, role: "operator" }, body: targetPrecisionBodySchema, response: thresholdChoiceSchema },
  async ({ actor, body }) => setTargetPrecision(actor, body),
);
