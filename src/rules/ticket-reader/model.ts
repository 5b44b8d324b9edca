/**
 * The ticket reader's model: a logistic regression over a whole
 * conversation's hashed word and stem features (the concept reader's
 * features.ts, without character n-grams: they helped a sentence with
 * typos and only added noise over a long e-mail), trained by `npm run train`
 * (training/ticket-reader/train.ts) on the project's labelled development
 * tickets: "did a careful support lead say this needs a person?".
 *
 * The concept reader knows nine things a person must see, one sentence at a
 * time; this one has read whole tickets and what was decided about them, so
 * it also knows what the concepts leave out (a defect hurting a business
 * told calmly, "could you pass this up", a payment link that took a deposit
 * twice). Its weights are one int8 per bucket (the log-odds of "needs a
 * person"), scaled by one float: 2^17 buckets take 128 KB.
 */
import { z } from "zod";
import { extractFeatures, type Feature, type FeatureConfig } from "../concepts/features.js";
import { readModelFiles } from "../concepts/model-dir.js";

export const TICKET_READER_WEIGHTS = "ticket-reader.bin";
export const TICKET_READER_METADATA = "ticket-reader.json";

export const TicketReaderMetadata = z.object({
  format: z.literal(1),
  features: z.object({ words: z.boolean(), chars: z.boolean(), stems: z.boolean(), bits: z.number().int().min(8).max(22) }),
  /** Weight = int8 × scale; the bias is the log-odds of a text with no features. */
  scale: z.number().positive(),
  bias: z.number(),
  /**
   * The probability from which the reader says a person must see the ticket,
   * per kind of latest message (read.ts): one that asks or thanks, one that
   * reports. Calm questions are most of what it would escalate wrongly.
   */
  thresholds: z.object({
    asking: z.number().min(0).max(1),
    reporting: z.number().min(0).max(1),
    /**
     * Below this probability the reader doubts a need that only the concept
     * reader found in one sentence (decision.ts): two learned readers must
     * agree before a soft need escalates. 0: it never doubts.
     */
    confirm: z.number().min(0).max(1),
    /**
     * Below this probability the policy's guesses stand down: a calm
     * customer's relationship signal and a key account's problem that
     * nothing else escalated (decision-policy/). Chosen apart from `confirm`:
     * one line for both traded one kind of doubt for the other. 0 (or
     * absent, in a record written before it): they never do.
     */
    routine: z.number().min(0).max(1).default(0),
  }),
  weightsSha256: z.string().regex(/^[0-9a-f]{64}$/),
  training: z.object({
    command: z.string(),
    inputs: z.array(z.object({ path: z.string(), sha256: z.string(), rows: z.number().int() })),
    cases: z.number().int(),
    /** The development file held out to choose the threshold (the newest: nothing was tuned on it when it came). */
    validation: z.string(),
  }),
  scores: z.record(z.string(), z.unknown()),
});
export type TicketReaderMetadata = z.infer<typeof TicketReaderMetadata>;

export interface TicketReaderModel {
  readonly metadata: TicketReaderMetadata;
  /** P(needs a person) for a conversation's text, and its features. */
  score(text: string, language: string): { probability: number; features: Feature[] };
  /** The features that pushed the probability up most, strongest first. */
  strongest(features: readonly Feature[], count: number): Feature[];
  /** The features that pulled it down most, strongest pull first. */
  weakest(features: readonly Feature[], count: number): Feature[];
}

/** The reader's weights as training makes them (training/ticket-reader/fit.ts) and the engine reads them. */
export interface ReaderWeights {
  /** int8 log-odds per bucket. */
  readonly weights: Int8Array;
  readonly scale: number;
  readonly bias: number;
}

/** P(needs a person) of a text's distinct feature buckets: binary features, L2-normalised as in training. */
export function needProbability(reader: ReaderWeights, buckets: ArrayLike<number>): number {
  const norm = buckets.length > 0 ? 1 / Math.sqrt(buckets.length) : 0;
  let logit = reader.bias;
  for (let i = 0; i < buckets.length; i++) logit += (reader.weights[buckets[i] as number] ?? 0) * reader.scale * norm;
  return 1 / (1 + Math.exp(-logit));
}

export function createTicketReaderModel(metadata: TicketReaderMetadata, weights: Int8Array): TicketReaderModel {
  const expected = 1 << metadata.features.bits;
  if (weights.length !== expected) throw new Error(`ticket reader weights have ${weights.length} values, expected ${expected}`);
  const config: FeatureConfig = metadata.features;
  const { scale, bias } = metadata;
  const weight = (f: Feature) => weights[f.bucket] ?? 0;
  return {
    metadata,
    score(text, language) {
      const features = extractFeatures(text, language, config);
      return {
        probability: needProbability(
          { weights, scale, bias },
          features.map((f) => f.bucket),
        ),
        features,
      };
    },
    strongest(features, count) {
      return features
        .filter((f) => weight(f) > 0)
        .sort((a, b) => weight(b) - weight(a))
        .slice(0, count);
    },
    weakest(features, count) {
      return features
        .filter((f) => weight(f) < 0)
        .sort((a, b) => weight(a) - weight(b))
        .slice(0, count);
    },
  };
}

let loaded: TicketReaderModel | null = null;

/** The committed model, read once per process. */
export function ticketReaderModel(): TicketReaderModel {
  if (!loaded) {
    const { metadata, weights } = readModelFiles(TICKET_READER_METADATA, TICKET_READER_WEIGHTS, TicketReaderMetadata);
    loaded = createTicketReaderModel(metadata, weights);
  }
  return loaded;
}

/**
 * Replaces the process's model (null: back to the committed one). For the
 * training tools: the concept thresholds are chosen with this reader silent
 * (training/tune-thresholds.ts), and its own threshold on a candidate model.
 * Serving code never calls it.
 */
export function useTicketReaderModel(model: TicketReaderModel | null): void {
  loaded = model;
}

/**
 * A reader with no weights and a fixed threshold, whatever is committed: for
 * replays that measure the engine without it (`Infinity`: it never speaks)
 * or find where it could decide (`-Infinity`: it always speaks). It reads
 * every ticket at 0.5, so `confirm` 1 doubts every learned need and 0
 * (the default) none, and `routine` 1 stands every guess down: the replays
 * that find where each doubt could decide.
 */
export function fixedTicketReader(threshold: number, confirm = 0, routine = 0): TicketReaderModel {
  const bits = 8;
  const metadata: TicketReaderMetadata = {
    format: 1,
    features: { words: true, chars: false, stems: false, bits },
    scale: 1,
    bias: 0,
    thresholds: { asking: threshold, reporting: threshold, confirm, routine },
    weightsSha256: "0".repeat(64),
    training: { command: "", inputs: [], cases: 0, validation: "" },
    scores: {},
  };
  return createTicketReaderModel(metadata, new Int8Array(1 << bits));
}
