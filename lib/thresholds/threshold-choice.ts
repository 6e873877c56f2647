import { wilsonInterval } from "@/lib/review/precision-math";
import { poissonUpperBound } from "@/lib/thresholds/poisson-bound";

// Choosing a document type's auto-approve threshold from a target precision. A document's
// confidence is the model's probability that every required field is right, so above a threshold t
// the model predicts an error rate (the mean of 1 − confidence there). Labelled history — audit
// samples and reviewed documents, each with the confidence it had and whether its fields were
// right — says how far to trust that prediction: the ratio of observed to predicted errors, measured
// on the confidence band at and above t (widened downwards until it holds enough predicted errors to
// be tested). Its upper credible bound comes from a Gamma-Poisson model whose prior is "calibrated,
// worth PRIOR_ERRORS predicted errors" (the engine's calibration is cross-validated); each error
// reviewers find raises it, each error-free stretch the model predicted errors for lowers it. The chosen threshold is the lowest whose
// precision lower bound, 1 − ratio bound × predicted error rate, meets the target.
// Conservative while data is scarce: with fewer than `minLabelled` checked documents nothing is
// learned and every document of the type is reviewed; a threshold is only lowered on evidence.

export interface LabelledOutcome {
  /** The document confidence the routing compared with the threshold. */
  confidence: number;
  /** Every required field was right as extracted (no correction, not rejected). */
  correct: boolean;
}

export interface CurvePoint {
  threshold: number;
  /** Share of documents (of the population) that would go to review. */
  reviewRate: number;
  /** Observed precision among labelled documents at or above the threshold (null: none). */
  observedPrecision: number | null;
  /** Lower confidence bound of the precision of auto-approved documents. */
  precisionLow: number;
  labelledAbove: number;
}

export interface ThresholdChoice {
  threshold: number;
  /** "learned": the target is met on evidence; the others keep the conservative threshold. */
  basis: "learned" | "insufficient_data" | "target_unreachable";
  target: number;
  labelled: number;
  errors: number;
  curve: CurvePoint[];
  /** The chosen point on the curve (null unless learned). */
  chosen: CurvePoint | null;
}

export interface ThresholdOptions {
  /** Checked documents needed before anything is learned. */
  minLabelled?: number;
  /** Labelled documents needed at or above a threshold to choose it. */
  minAbove?: number;
  /** Predicted errors a calibration band must hold. */
  minPredictedErrors?: number;
  /** Credibility of the ratio's upper bound. */
  level?: number;
}

/** Prior weight of "the model is calibrated", in predicted errors. */
export const PRIOR_ERRORS = 2;

/** Upper credible bound of observed ÷ predicted errors: Gamma(PRIOR + observed, PRIOR + predicted). */
export function calibrationRatioBound(observed: number, predicted: number, level = 0.9): number {
  // For an integer shape n the Gamma quantile is the Poisson upper bound of n − 1 events.
  return poissonUpperBound(observed + PRIOR_ERRORS - 1, level) / (predicted + PRIOR_ERRORS);
}

/** The strictest threshold: every document goes to review (confidence never exceeds 1). */
export const REVIEW_EVERYTHING = 1;

// Candidate thresholds: coarse where precision targets rarely land, fine near the top.
/** No document is predicted more certain than this: a model claiming certainty can still be wrong. */
const MIN_PREDICTED_ERROR = 0.001;
const predictedError = (c: number) => Math.max(MIN_PREDICTED_ERROR, 1 - c);

const GRID = [
  ...Array.from({ length: 20 }, (_, i) => 0.5 + i * 0.02),
  ...Array.from({ length: 20 }, (_, i) => 0.9 + i * 0.005),
  0.995,
  0.998,
].map((t) => Math.round(t * 1000) / 1000);

export function chooseThreshold(
  labelled: readonly LabelledOutcome[],
  population: readonly number[],
  target: number,
  options: ThresholdOptions = {},
): ThresholdChoice {
  const { minLabelled = 20, minAbove = 8, minPredictedErrors = 10, level = 0.8 } = options;
  const errors = labelled.filter((l) => !l.correct).length;
  const byConfidence = [...labelled].sort((a, b) => b.confidence - a.confidence);
  // Every document the threshold will judge: the population when given, else the labelled ones.
  const judged = population.length > 0 ? population : labelled.map((l) => l.confidence);

  const curve: CurvePoint[] = GRID.map((threshold) => {
    const above = judged.filter((c) => c >= threshold);
    const predictedRate = above.length ? above.reduce((s, c) => s + predictedError(c), 0) / above.length : 0;
    const labelledAbove = byConfidence.filter((l) => l.confidence >= threshold);
    // The calibration band: labelled documents at or above the threshold, widened downwards until
    // the model predicted at least `minPredictedErrors` errors among them.
    let band = labelledAbove.length;
    let predicted = labelledAbove.reduce((s, l) => s + predictedError(l.confidence), 0);
    while (predicted < minPredictedErrors && band < byConfidence.length) predicted += predictedError(byConfidence[band++]!.confidence);
    const observed = byConfidence.slice(0, band).filter((l) => !l.correct).length;
    const ratioBound = calibrationRatioBound(observed, predicted, level);
    const precisionLow = above.length === 0 ? 0 : Math.max(0, 1 - Math.min(1, ratioBound * predictedRate));
    const right = labelledAbove.filter((l) => l.correct).length;
    // What reviewers saw above the threshold must not contradict the target outright.
    const contradicted = labelledAbove.length > 0 && (wilsonInterval(right, labelledAbove.length)?.high ?? 1) < target;
    return {
      threshold,
      reviewRate: judged.length ? 1 - above.length / judged.length : 1,
      observedPrecision: labelledAbove.length ? right / labelledAbove.length : null,
      precisionLow: contradicted ? 0 : Math.round(precisionLow * 10000) / 10000,
      labelledAbove: labelledAbove.length,
    };
  });

  if (labelled.length < minLabelled) return { threshold: REVIEW_EVERYTHING, basis: "insufficient_data", target, labelled: labelled.length, errors, curve, chosen: null };
  const chosen = curve.find((p) => p.labelledAbove >= minAbove && p.precisionLow >= target && p.reviewRate < 1) ?? null;
  if (!chosen) return { threshold: REVIEW_EVERYTHING, basis: "target_unreachable", target, labelled: labelled.length, errors, curve, chosen: null };
  return { threshold: chosen.threshold, basis: "learned", target, labelled: labelled.length, errors, curve, chosen };
}
