// Platt scaling: P(right) = sigmoid(a · logit(share) + b), fitted on held-out predictions so
// that a stated confidence of 0.9 is right about nine times in ten.

export type PlattParams = { a: number; b: number };

export const IDENTITY_CALIBRATION: PlattParams = { a: 1, b: 0 };

function logit(p: number): number {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

// A few hundred labelled fields cannot vouch for better than about one error in two hundred.
const MAX_CONFIDENCE = 0.995;

export function calibrate(share: number, params: PlattParams): number {
  return Math.min(MAX_CONFIDENCE, sigmoid(params.a * logit(share) + params.b));
}

/** Newton's method with backtracking on the log-loss, plus a light ridge toward the identity map. */
export function fitPlatt(shares: number[], correct: boolean[], ridge = 1): PlattParams {
  const xs = shares.map(logit);
  // Platt's smoothed targets keep a perfectly separated sample from driving `a` to infinity.
  const positives = correct.filter(Boolean).length;
  const negatives = correct.length - positives;
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  const ys = correct.map((c) => (c ? hi : lo));
  const loss = (a: number, b: number) =>
    xs.reduce((sum, x, i) => {
      const z = a * x + b;
      // log(1 + e^z) − y·z, computed without overflow.
      return sum + Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - ys[i] * z;
    }, 0) + (ridge / 2) * ((a - 1) ** 2 + b ** 2);
  let a = 1;
  let b = 0;
  let current = loss(a, b);
  for (let iteration = 0; iteration < 100; iteration++) {
    let ga = ridge * (a - 1);
    let gb = ridge * b;
    let haa = ridge;
    let hab = 0;
    let hbb = ridge;
    xs.forEach((x, i) => {
      const p = sigmoid(a * x + b);
      const w = p * (1 - p);
      ga += (p - ys[i]) * x;
      gb += p - ys[i];
      haa += w * x * x;
      hab += w * x;
      hbb += w;
    });
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    let step = 1;
    while (step > 1e-6 && loss(a - step * da, b - step * db) > current) step /= 2;
    const next = loss(a - step * da, b - step * db);
    if (step <= 1e-6 || current - next < 1e-10) break;
    a -= step * da;
    b -= step * db;
    current = next;
  }
  return { a: Math.round(a * 1e4) / 1e4, b: Math.round(b * 1e4) / 1e4 };
}
