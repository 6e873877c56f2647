// Exact (Garwood) one-sided upper confidence bound of a Poisson mean: the λ at which seeing at most
// `observed` events has probability 1 − level. Found by bisection on the Poisson CDF, which is
// exact and cheap for the event counts a review history holds.

function poissonCdf(k: number, lambda: number): number {
  let term = Math.exp(-lambda);
  let sum = term;
  for (let i = 1; i <= k; i++) {
    term *= lambda / i;
    sum += term;
  }
  return sum;
}

export function poissonUpperBound(observed: number, level = 0.95): number {
  const alpha = 1 - level;
  let low = observed;
  let high = Math.max(4, observed * 3 + 10);
  while (poissonCdf(observed, high) > alpha) high *= 2;
  for (let i = 0; i < 100; i++) {
    const mid = (low + high) / 2;
    if (poissonCdf(observed, mid) > alpha) low = mid;
    else high = mid;
  }
  return high;
}
