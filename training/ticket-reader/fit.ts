/**
 * Fitting the ticket reader and reading with it: logistic regression as a
 * two-class softmax (training/sgd.ts), kept as one weight per bucket — the
 * log-odds of "needs a person" — and quantised like the concept model.
 */
import { quantise, trainSoftmax } from "../sgd.js";
import type { TicketCase } from "./cases.js";

export const SGD = { epochs: 8, learningRate: 0.2, l2: 1e-6, seed: 20261206 } as const;

export interface FittedReader {
  /** int8 log-odds per bucket. */
  weights: Int8Array;
  scale: number;
  bias: number;
}

export function fitReader(cases: readonly TicketCase[], bits: number): FittedReader {
  const rows = cases.map((c) => ({ buckets: c.buckets, label: c.needsPerson ? 1 : 0, weight: c.weight }));
  const linear = trainSoftmax(rows, { ...SGD, buckets: 1 << bits, classes: 2 });
  const logOdds = new Float32Array(1 << bits);
  for (let b = 0; b < logOdds.length; b++) logOdds[b] = (linear.weights[b * 2 + 1] as number) - (linear.weights[b * 2] as number);
  const { values, scale } = quantise(logOdds);
  return { weights: values, scale, bias: (linear.bias[1] as number) - (linear.bias[0] as number) };
}

/** P(needs a person) of one case, as the engine computes it (src/rules/ticket-reader/model.ts). */
export function probability(reader: FittedReader, c: Pick<TicketCase, "buckets">): number {
  const norm = c.buckets.length > 0 ? 1 / Math.sqrt(c.buckets.length) : 0;
  let logit = reader.bias;
  for (const bucket of c.buckets) logit += (reader.weights[bucket] ?? 0) * reader.scale * norm;
  return 1 / (1 + Math.exp(-logit));
}
