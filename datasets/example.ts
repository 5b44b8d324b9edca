/**
 * One labelled utterance for the concept model, wherever it came from, and
 * the split it belongs to. Splits are fixed per source (split.ts), so a
 * held-back row is held back in every run.
 */
import type { ConceptClass } from "../src/rules/concepts/concepts.js";

export type Split = "train" | "val" | "test";

export interface Example {
  readonly text: string;
  /** The concept, or null for a row kept out of training (an intent whose label is unclear). */
  readonly label: ConceptClass | null;
  /** Whether a person must see it, for the cross-source eval: true, false or "either". */
  readonly mustEscalate: boolean | "either";
  readonly source: string;
  /** The source's own label (intent), for reports. */
  readonly intent: string;
  readonly split: Split;
  readonly language: string;
}

/** A file a source read, for the model's provenance record. */
export interface SourceInput {
  readonly path: string;
  readonly sha256: string;
  readonly rows: number;
}

export interface SourceData {
  readonly examples: Example[];
  readonly inputs: SourceInput[];
}
