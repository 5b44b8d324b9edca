/**
 * Fitting the ticket reader and reading with it: logistic regression as a
 * two-class softmax (training/sgd.ts), kept as one weight per bucket — the
 * log-odds of "needs a person" — and quantised like the concept model.
 */
import { needProbability, type ReaderWeights } from "../../src/rules/ticket-reader/model.js";
import { quantise, trainAveragedSoftmax } from "../sgd.js";
import type { TicketCase } from "./cases.js";

/** Averaged over `runs` fits like the concept model's (training/train.ts). */
export const SGD = { epochs: 8, learningRate: 0.2, l2: 1e-6, seed: 20261206, runs: 5 } as const;

/** What a fit makes: the engine's own weight shape (src/rules/ticket-reader/model.ts). */
export type FittedReader = ReaderWeights;

export function fitReader(cases: readonly TicketCase[], bits: number): FittedReader {
  const rows = cases.map((c) => ({ buckets: c.buckets, label: c.needsPerson ? 1 : 0, weight: c.weight }));
  const linear = trainAveragedSoftmax(rows, { ...SGD, buckets: 1 << bits, classes: 2 });
  const logOdds = new Float32Array(1 << bits);
  for (let b = 0; b < logOdds.length; b++) logOdds[b] = (linear.weights[b * 2 + 1] as number) - (linear.weights[b * 2] as number);
  const { values, scale } = quantise(logOdds);
  return { weights: values, scale, bias: (linear.bias[1] as number) - (linear.bias[0] as number) };
}

/** P(needs a person) of one case, by the engine's own arithmetic. */
export function probability(reader: FittedReader, c: Pick<TicketCase, "buckets">): number {
  return needProbability(reader, c.buckets);
}
