/**
 * The trained concept model: a multinomial logistic regression over hashed
 * n-gram features (features.ts), trained by `npm run train`
 * (training/train.ts). Weights are int8 per (bucket, class), scaled by one
 * float, so 2^17 buckets × 9 classes take 1.2 MB; the metadata beside them
 * records how they were made (command, input hashes, scores, thresholds).
 * Each head (concepts.ts, HEAD_FILES: 2 classes, 256 KB) reads the same
 * features for one more concept.
 */
import { z } from "zod";
import { CONCEPT_CLASSES, HEAD_CONCEPTS, HEAD_FILES, headClasses, isHeadConcept, MAIN_CLASSES, type ConceptClass, type HeadConcept } from "./concepts.js";
import { extractFeatures, type Feature, type FeatureConfig } from "./features.js";
import { MODEL_DIR, readModelFiles } from "./model-dir.js";

export { MODEL_DIR };
export const MODEL_WEIGHTS = "concepts.bin";
export const MODEL_METADATA = "concepts.json";
/** A head's two files in models/. */
export const headFiles = (concept: HeadConcept) => ({ weights: `${HEAD_FILES[concept]}.bin`, metadata: `${HEAD_FILES[concept]}.json` });

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

/** One trained file's weights read as a linear softmax over its own classes. */
interface LinearModel {
  readonly classes: readonly string[];
  probabilities(features: readonly Feature[]): number[];
  /** How much `bucket` pushes class `c` over `none` (the last class). */
  lift(bucket: number, c: number): number;
}

function linearModel(metadata: ModelMetadata, weights: Int8Array, expected: readonly string[], name: string): LinearModel {
  const classes = metadata.classes;
  if (classes.join() !== expected.join()) throw new Error(`${name} classes ${classes.join()} do not match ${expected.join()}`);
  const width = classes.length;
  const size = (1 << metadata.features.bits) * width;
  if (weights.length !== size) throw new Error(`${name} weights have ${weights.length} values, expected ${size}`);
  const { scale } = metadata;
  const noneIndex = width - 1;
  return {
    classes,
    probabilities(features) {
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
      return exps.map((e) => e / sum);
    },
    lift: (bucket, c) => (weights[bucket * width + c] ?? 0) - (weights[bucket * width + noneIndex] ?? 0),
  };
}

/** A trained file: its metadata and int8 weights. */
export interface ModelFiles {
  metadata: ModelMetadata;
  weights: Int8Array;
}

/** The heads a model reads with, by concept; a head left out scores 0. */
export type Heads = Partial<Record<HeadConcept, ModelFiles>>;

/**
 * The reader's model: the main file's eight concepts and the heads given,
 * which read the same features. Without a head its concept scores 0 (the
 * training tools tune the main thresholds so).
 */
export function createConceptModel(metadata: ModelMetadata, weights: Int8Array, heads: Heads = {}): ConceptModel {
  const main = linearModel(metadata, weights, MAIN_CLASSES, "concept model");
  const readers = new Map<HeadConcept, LinearModel>();
  const thresholds = { ...metadata.thresholds };
  for (const concept of HEAD_CONCEPTS) {
    const head = heads[concept];
    if (!head) continue;
    if (JSON.stringify(head.metadata.features) !== JSON.stringify(metadata.features))
      throw new Error(`the ${concept} head was trained on other features than the concept model`);
    readers.set(concept, linearModel(head.metadata, head.weights, headClasses(concept), `${concept} head`));
    thresholds[concept] = head.metadata.thresholds[concept] ?? 1;
  }
  const config: FeatureConfig = metadata.features;
  const source = (cls: ConceptClass): [LinearModel, number] | null => {
    if (!isHeadConcept(cls)) return [main, main.classes.indexOf(cls)];
    const head = readers.get(cls);
    return head ? [head, 0] : null;
  };

  return {
    metadata: { ...metadata, thresholds },
    score(text, language) {
      const features = extractFeatures(text, language, config);
      const fromMain = main.probabilities(features);
      const probabilities = Object.fromEntries(
        CONCEPT_CLASSES.map((cls) => {
          if (!isHeadConcept(cls)) return [cls, fromMain[main.classes.indexOf(cls)] ?? 0];
          return [cls, readers.get(cls)?.probabilities(features)[0] ?? 0];
        }),
      ) as Record<ConceptClass, number>;
      return { probabilities, features };
    },
    strongest(features, cls, count) {
      const found = source(cls);
      if (!found) return [];
      const [model, c] = found;
      // Against the "none" class: what made this concept beat routine text.
      return features
        .filter((f) => model.lift(f.bucket, c) > 0)
        .sort((a, b) => model.lift(b.bucket, c) - model.lift(a.bucket, c))
        .slice(0, count);
    },
  };
}

/** Every committed head, read from models/. */
export function committedHeads(): Heads {
  return Object.fromEntries(
    HEAD_CONCEPTS.map((concept) => {
      const files = headFiles(concept);
      return [concept, readModelFiles(files.metadata, files.weights, ModelMetadata)];
    }),
  );
}

let loaded: ConceptModel | null = null;

/** The committed model, read once per process. */
export function conceptModel(): ConceptModel {
  if (!loaded) {
    const { metadata, weights } = readModelFiles(MODEL_METADATA, MODEL_WEIGHTS, ModelMetadata);
    loaded = createConceptModel(metadata, weights, committedHeads());
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
