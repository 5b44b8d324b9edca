/**
 * The trained concept model: a multinomial logistic regression over hashed
 * n-gram features (features.ts), trained by `npm run train`
 * (training/train.ts). Weights are int8 per (bucket, class), scaled by one
 * float, so 2^17 buckets × 9 classes take 1.2 MB; the metadata beside them
 * records how they were made (command, input hashes, scores, thresholds).
 */
import { z } from "zod";
import { CONCEPT_CLASSES, type ConceptClass } from "./concepts.js";
import { extractFeatures, type Feature, type FeatureConfig } from "./features.js";
import { MODEL_DIR, readModelFiles } from "./model-dir.js";

export { MODEL_DIR };
export const MODEL_WEIGHTS = "concepts.bin";
export const MODEL_METADATA = "concepts.json";

const Threshold = z.number().min(0).max(1);

export const ModelMetadata = z.object({
  format: z.literal(1),
  classes: z.array(z.string()),
  features: z.object({ words: z.boolean(), chars: z.boolean(), stems: z.boolean(), clusters: z.boolean().optional(), bits: z.number().int().min(8).max(22) }),
  /** Weight = int8 × scale. */
  scale: z.number().positive(),
  bias: z.array(z.number()),
  /** Per concept: the probability from which the reader reports it. */
  thresholds: z.record(z.string(), Threshold),
  weightsSha256: z.string().regex(/^[0-9a-f]{64}$/),
  training: z.object({
    command: z.string(),
    method: z.string(),
    inputs: z.array(z.object({ path: z.string(), sha256: z.string(), rows: z.number().int() })),
    examples: z.number().int(),
  }),
  scores: z.record(z.string(), z.unknown()),
});
export type ModelMetadata = z.infer<typeof ModelMetadata>;

export interface ConceptModel {
  readonly metadata: ModelMetadata;
  /** Probabilities per class for one sentence, and the sentence's features. */
  score(text: string, language: string): { probabilities: Record<ConceptClass, number>; features: Feature[] };
  /** The features that pushed `cls` up most in `features`, strongest first. */
  strongest(features: readonly Feature[], cls: ConceptClass, count: number): Feature[];
}

export function createConceptModel(metadata: ModelMetadata, weights: Int8Array): ConceptModel {
  const classes = metadata.classes;
  if (classes.join() !== CONCEPT_CLASSES.join()) throw new Error(`concept model classes ${classes.join()} do not match ${CONCEPT_CLASSES.join()}`);
  const width = classes.length;
  const expected = (1 << metadata.features.bits) * width;
  if (weights.length !== expected) throw new Error(`concept model weights have ${weights.length} values, expected ${expected}`);
  const config: FeatureConfig = metadata.features;
  const scale = metadata.scale;
  const noneIndex = width - 1;

  return {
    metadata,
    score(text, language) {
      const features = extractFeatures(text, language, config);
      // Features are binary and the row is L2-normalised, as in training.
      const norm = features.length > 0 ? 1 / Math.sqrt(features.length) : 0;
      const logits = metadata.bias.slice();
      for (const { bucket } of features) {
        const row = bucket * width;
        for (let c = 0; c < width; c++) logits[c] = (logits[c] ?? 0) + (weights[row + c] ?? 0) * scale * norm;
      }
      const max = Math.max(...logits);
      const exps = logits.map((l) => Math.exp(l - max));
      const sum = exps.reduce((a, b) => a + b, 0);
      const probabilities = Object.fromEntries(CONCEPT_CLASSES.map((cls, c) => [cls, (exps[c] ?? 0) / sum])) as Record<ConceptClass, number>;
      return { probabilities, features };
    },
    strongest(features, cls, count) {
      const c = CONCEPT_CLASSES.indexOf(cls);
      // Against the "none" class: what made this concept beat routine text.
      const weight = (f: Feature) => (weights[f.bucket * width + c] ?? 0) - (weights[f.bucket * width + noneIndex] ?? 0);
      return features
        .filter((f) => weight(f) > 0)
        .sort((a, b) => weight(b) - weight(a))
        .slice(0, count);
    },
  };
}

let loaded: ConceptModel | null = null;

/** The committed model, read once per process. */
export function conceptModel(): ConceptModel {
  if (!loaded) {
    const { metadata, weights } = readModelFiles(MODEL_METADATA, MODEL_WEIGHTS, ModelMetadata);
    loaded = createConceptModel(metadata, weights);
  }
  return loaded;
}

/**
 * Replaces the process's model (null: back to the committed one). For the
 * training tools that replay the engine with candidate thresholds
 * (training/tune-thresholds.ts); serving code never calls it.
 */
export function useConceptModel(model: ConceptModel | null): void {
  loaded = model;
}

/** The same weights with other thresholds. */
export function withThresholds(model: ConceptModel, thresholds: ModelMetadata["thresholds"]): ConceptModel {
  return { ...model, metadata: { ...model.metadata, thresholds } };
}
