import type { SourceSpan } from "@/lib/schemas/agent-outputs";

// Each field is chosen by a conditional-logit ranker: every candidate gets a linear score over
// its features, a softmax turns scores into shares, and candidates with the same normalised
// value pool their shares. The pooled share of the winner is the raw confidence that the
// calibrator later maps to a probability of being right.

export type Features = Record<string, number>;
export type Weights = Record<string, number>;

export type Candidate = {
  /** Normalised value, or null for the "field is absent" candidate. */
  value: string | null;
  span: SourceSpan | null;
  features: Features;
};

export type RankedValue = { value: string | null; share: number; span: SourceSpan | null };

export function score(features: Features, weights: Weights): number {
  let total = 0;
  for (const name in features) total += (weights[name] ?? 0) * features[name];
  return total;
}

export function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/** Values ranked by pooled share; each keeps the span of its highest-scoring candidate. */
export function rankValues(candidates: Candidate[], weights: Weights): RankedValue[] {
  if (candidates.length === 0) return [];
  const shares = softmax(candidates.map((c) => score(c.features, weights)));
  const pooled = new Map<string | null, { share: number; best: number; span: SourceSpan | null }>();
  candidates.forEach((candidate, i) => {
    const entry = pooled.get(candidate.value);
    if (!entry) pooled.set(candidate.value, { share: shares[i], best: shares[i], span: candidate.span });
    else {
      entry.share += shares[i];
      if (shares[i] > entry.best) Object.assign(entry, { best: shares[i], span: candidate.span });
    }
  });
  return [...pooled.entries()]
    .map(([value, { share, span }]) => ({ value, share, span }))
    .sort((a, b) => b.share - a.share);
}

export type TrainingExample = { candidates: Candidate[]; isGold: boolean[] };

/**
 * Fits weights by maximum a posteriori: the log-likelihood that the gold candidates win, plus a
 * Gaussian prior centred on hand-set weights, so features the data never exercises (an invoice's
 * "due date" on a receipt set) keep their prior meaning instead of collapsing to zero.
 */
export function trainRanker(
  examples: TrainingExample[],
  prior: Weights,
  { priorStrength = 0.005, iterations = 300, learningRate = 0.1 } = {},
): Weights {
  const usable = examples.filter((e) => e.isGold.some(Boolean) && e.candidates.length > 1);
  const nameSet = new Set<string>(Object.keys(prior));
  for (const e of usable) for (const c of e.candidates) for (const n in c.features) nameSet.add(n);
  const names = [...nameSet];
  const index = new Map(names.map((n, i) => [n, i]));
  const d = names.length;
  // Dense rows: the optimiser touches every feature of every candidate hundreds of times.
  const rows = usable.map((e) =>
    e.candidates.map((c) => {
      const row = new Float64Array(d);
      for (const n in c.features) row[index.get(n)!] = c.features[n];
      return row;
    }),
  );
  const mu = Float64Array.from(names, (n) => prior[n] ?? 0);
  const w = Float64Array.from(mu);
  // Adam: features differ in scale and frequency, plain gradient steps stall on rare ones.
  const m = new Float64Array(d);
  const v = new Float64Array(d);
  const grad = new Float64Array(d);
  for (let step = 1; step <= iterations; step++) {
    for (let j = 0; j < d; j++) grad[j] = priorStrength * (w[j] - mu[j]);
    usable.forEach((e, k) => {
      const p = softmax(rows[k].map((row) => row.reduce((s, x, j) => s + x * w[j], 0)));
      const goldMass = p.reduce((sum, pi, i) => sum + (e.isGold[i] ? pi : 0), 0);
      rows[k].forEach((row, i) => {
        // d(-log goldMass)/d(score_i) = p_i - [gold_i] * p_i / goldMass
        const g = (p[i] - (e.isGold[i] ? p[i] / goldMass : 0)) / usable.length;
        if (g !== 0) for (let j = 0; j < d; j++) grad[j] += g * row[j];
      });
    });
    for (let j = 0; j < d; j++) {
      m[j] = 0.9 * m[j] + 0.1 * grad[j];
      v[j] = 0.999 * v[j] + 0.001 * grad[j] * grad[j];
      w[j] -= (learningRate * (m[j] / (1 - 0.9 ** step))) / (Math.sqrt(v[j] / (1 - 0.999 ** step)) + 1e-8);
    }
  }
  return Object.fromEntries(names.map((n, j) => [n, Math.round(w[j] * 1e4) / 1e4]));
}
