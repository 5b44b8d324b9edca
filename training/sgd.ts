/**
 * Multinomial logistic regression over hashed binary features, trained by
 * stochastic gradient descent with AdaGrad step sizes and a seeded shuffle,
 * so the same inputs give the same weights byte for byte.
 *
 * Written by hand: the npm classifiers (natural's, ml-logistic-regression)
 * hold dense matrices or one model per class and train on 2^17-wide rows in
 * minutes; this one touches only the buckets a sentence has and trains the
 * whole set in seconds.
 */
export interface TrainingRow {
  readonly buckets: Uint32Array;
  readonly label: number;
  /** Class weight of the row (rare concepts count more). */
  readonly weight: number;
}

export interface SgdOptions {
  readonly buckets: number;
  readonly classes: number;
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  readonly seed: number;
}

export interface LinearModel {
  readonly weights: Float32Array;
  readonly bias: Float64Array;
}

/** mulberry32: a tiny seeded PRNG, enough for a reproducible shuffle (and word-clusters.ts's start). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainSoftmax(rows: readonly TrainingRow[], options: SgdOptions): LinearModel {
  const { classes, learningRate, l2 } = options;
  const weights = new Float32Array(options.buckets * classes);
  const squared = new Float32Array(options.buckets * classes).fill(1e-6);
  const bias = new Float64Array(classes);
  const biasSquared = new Float64Array(classes).fill(1e-6);
  const order = rows.map((_, i) => i);
  const next = random(options.seed);
  const logits = new Float64Array(classes);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const index of order) {
      const row = rows[index] as TrainingRow;
      const value = row.buckets.length > 0 ? 1 / Math.sqrt(row.buckets.length) : 0;
      logits.set(bias);
      for (const bucket of row.buckets) {
        const base = bucket * classes;
        for (let c = 0; c < classes; c++) logits[c] = (logits[c] as number) + (weights[base + c] as number) * value;
      }
      let max = -Infinity;
      for (let c = 0; c < classes; c++) max = Math.max(max, logits[c] as number);
      let sum = 0;
      for (let c = 0; c < classes; c++) {
        logits[c] = Math.exp((logits[c] as number) - max);
        sum += logits[c] as number;
      }
      for (let c = 0; c < classes; c++) {
        const gradient = ((logits[c] as number) / sum - (c === row.label ? 1 : 0)) * row.weight;
        biasSquared[c] = (biasSquared[c] as number) + gradient * gradient;
        bias[c] = (bias[c] as number) - (learningRate * gradient) / Math.sqrt(biasSquared[c] as number);
        for (const bucket of row.buckets) {
          const k = bucket * classes + c;
          const g = gradient * value + l2 * (weights[k] as number);
          squared[k] = (squared[k] as number) + g * g;
          weights[k] = (weights[k] as number) - (learningRate * g) / Math.sqrt(squared[k] as number);
        }
      }
    }
  }
  return { weights, bias };
}

/**
 * The mean of `runs` fits, each shuffled by its own seed (drawn from `seed`).
 * One fit stops where its shuffle left it: ten AdaGrad epochs of a nearly
 * unregularised model are far from any optimum, and a new seed alone moved
 * the tuned thresholds by up to 0.28 (evals/RESULTS.md, "fifteenth pass").
 * For a linear model the mean of the weights is the mean of the logits, so
 * the averaged model is the fits' ensemble at one model's size and cost.
 */
export function trainAveragedSoftmax(rows: readonly TrainingRow[], options: SgdOptions & { readonly runs: number }): LinearModel {
  const weights = new Float32Array(options.buckets * options.classes);
  const bias = new Float64Array(options.classes);
  // Each run's seed is drawn from the given one, so two nearby seeds share no run.
  const seeds = random(options.seed);
  for (let run = 0; run < options.runs; run++) {
    const fit = trainSoftmax(rows, { ...options, seed: Math.floor(seeds() * 2 ** 32) });
    for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] as number) + (fit.weights[k] as number) / options.runs;
    for (let c = 0; c < bias.length; c++) bias[c] = (bias[c] as number) + (fit.bias[c] as number) / options.runs;
  }
  return { weights, bias };
}

/** int8 weights and their scale: the largest weight maps to ±127. */
export function quantise(weights: Float32Array): { values: Int8Array; scale: number } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 127 : 1;
  const values = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) values[i] = Math.round((weights[i] as number) / scale);
  return { values, scale };
}
