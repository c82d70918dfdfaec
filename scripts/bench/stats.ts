/**
 * Statistics of the benchmark's pair ratios: the median and a distribution-free confidence interval
 * for it, from order statistics. Deterministic: the same ratios give the same figures.
 */

/** Returns the median of `xs` (NaN when empty). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
}

/** Returns P(X ≤ k) for X ~ Binomial(n, 1/2). */
export function binomialHalfCdf(n: number, k: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  // C(n, i) / 2^n, term by term from i = 0: exact enough for the hundreds of pairs a bench runs.
  let term = 2 ** -n;
  let sum = term;
  for (let i = 1; i <= k; i++) {
    term = (term * (n - i + 1)) / i;
    sum += term;
  }
  return Math.min(1, sum);
}

/** A confidence interval for a median: its bounds and the probability that it holds the true median. */
export interface MedianInterval {
  low: number;
  high: number;
  /** The interval's coverage: at least `level` when the sample is large enough, else the most it can have. */
  coverage: number;
}

/**
 * Returns the narrowest interval between order statistics, x(k) to x(n−k+1), that holds the true
 * median with probability at least `level` (for any continuous distribution: each ratio falls below
 * the median with probability 1/2, independently). With too few values for `level` (fewer than 6
 * for 95 %), the whole range, with its own coverage (75 % for 3 values). Undefined when empty.
 */
export function medianInterval(xs: readonly number[], level = 0.95): MedianInterval | undefined {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  const n = s.length;
  if (!n) return undefined;
  // Coverage of [x(k), x(n−k+1)] is 1 − 2·P(X ≤ k−1); it falls as k grows.
  const coverage = (k: number) => 1 - 2 * binomialHalfCdf(n, k - 1);
  let k = 1;
  while (k + 1 <= (n + 1) / 2 && coverage(k + 1) >= level) k++;
  return { low: s[k - 1] ?? NaN, high: s[n - k] ?? NaN, coverage: coverage(k) };
}
