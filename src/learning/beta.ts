/**
 * The Beta posterior of a rate after counting yes/no verdicts, exactly.
 *
 * With a uniform prior Beta(1, 1) and k "yes" out of n, the posterior of the
 * rate θ is Beta(1 + k, 1 + n − k). Both parameters are whole numbers, and
 * for whole a, b the Beta CDF equals a binomial tail:
 *
 *   P(θ ≤ x) = I_x(a, b) = P(Binomial(a + b − 1, x) ≥ a)
 *
 * (the a-th smallest of a + b − 1 uniform draws lies below x exactly when at
 * least a of the draws do). So no special functions are needed: a sum of
 * binomial probabilities, computed in log space so hundreds of verdicts do
 * not underflow.
 */

function logBinomialPmfs(n: number, x: number): number[] {
  // pmf(0) = (1 − x)^n; pmf(j + 1) = pmf(j) · (n − j)/(j + 1) · x/(1 − x)
  const logs = [n * Math.log1p(-x)];
  const ratio = Math.log(x) - Math.log1p(-x);
  for (let j = 0; j < n; j++) logs.push((logs[j] as number) + Math.log(n - j) - Math.log(j + 1) + ratio);
  return logs;
}

function logSumExp(values: number[]): number {
  const max = Math.max(...values);
  if (max === -Infinity) return -Infinity;
  return max + Math.log(values.reduce((sum, v) => sum + Math.exp(v - max), 0));
}

/** P(θ ≤ x) for θ ~ Beta(a, b), with a and b positive whole numbers. */
export function betaCdf(x: number, a: number, b: number): number {
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 1 || b < 1) {
    throw new RangeError(`betaCdf: a and b must be whole numbers ≥ 1, got ${a}, ${b}`);
  }
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const n = a + b - 1;
  const tail = logBinomialPmfs(n, x).slice(a);
  return Math.min(1, Math.exp(logSumExp(tail)));
}

/**
 * After `yes` of `yes + no` verdicts, the probability that the underlying
 * rate is below `x` (uniform prior). E.g. 2 warranted of 11 escalations:
 * P(rate < 1/3) ≈ 0.82.
 */
export function probabilityRateBelow(x: number, yes: number, no: number): number {
  return betaCdf(x, 1 + yes, 1 + no);
}

/** Posterior mean of the rate: (1 + yes) / (2 + yes + no), Laplace's rule of succession. */
export function posteriorMean(yes: number, no: number): number {
  return (1 + yes) / (2 + yes + no);
}
