import { z } from "zod";
import rawParams from "@/lib/local-engine/model-params.json";

// Fitted ranker weights and calibration per field, written by `npm run calibrate` (scripts/calibrate.ts).
// Fields absent from the file (no labelled data yet) run on their hand-set priors, uncalibrated.

export const fieldModelSchema = z.object({
  weights: z.record(z.string(), z.number()),
  calibration: z.object({ a: z.number(), b: z.number() }),
});

export const engineParamsSchema = z.object({
  version: z.literal(1),
  fittedOn: z.string(),
  documents: z.number().int(),
  fields: z.record(z.string(), fieldModelSchema),
});
export type EngineParams = z.infer<typeof engineParamsSchema>;

export const FITTED_PARAMS: EngineParams = engineParamsSchema.parse(rawParams);
