/**
 * The offline engine up to one of its layers, for an account of what each
 * adds (`npm run eval:sources -- --layer rules`, `npm run attribute`):
 *
 * - rules: the pattern families and the decision policy; the concept model
 *   and the ticket reader never speak;
 * - concepts: the rules with the concept model and its heads; the ticket
 *   reader never speaks;
 * - all: everything committed (the engine as it ships).
 *
 * The concept model is silenced by thresholds it can never reach, so its
 * evidence still reads as it would; the reader by a fixed one that never
 * speaks and never doubts.
 */
import { conceptModel, useConceptModel, withThresholds, type ConceptModel } from "../../src/rules/concepts/model.js";
import { fixedTicketReader, useTicketReaderModel, type TicketReaderModel } from "../../src/rules/ticket-reader/model.js";

export const ENGINE_LAYERS = ["rules", "concepts", "all"] as const;
export type EngineLayer = (typeof ENGINE_LAYERS)[number];

/** A probability is at most 1, so no finding passes 2. */
const NEVER = 2;

/** The committed concept model with every threshold out of reach. */
export function silentConceptModel(): ConceptModel {
  const committed = conceptModel();
  return withThresholds(committed, Object.fromEntries(Object.keys(committed.metadata.thresholds).map((concept) => [concept, NEVER])));
}

/** The models to put in place for `layer`; null keeps the committed one. */
export function modelsAtLayer(layer: EngineLayer): { concepts: ConceptModel | null; reader: TicketReaderModel | null } {
  return {
    concepts: layer === "rules" ? silentConceptModel() : null,
    reader: layer === "all" ? null : fixedTicketReader(Infinity),
  };
}

/** Puts the engine at `layer` until the returned function is called. */
export function useEngineLayer(layer: EngineLayer): () => void {
  const { concepts, reader } = modelsAtLayer(layer);
  useConceptModel(concepts);
  useTicketReaderModel(reader);
  return () => {
    useConceptModel(null);
    useTicketReaderModel(null);
  };
}

export function parseEngineLayer(value: string): EngineLayer {
  const layer = ENGINE_LAYERS.find((l) => l === value);
  if (!layer) throw new Error(`--layer: one of ${ENGINE_LAYERS.join(", ")}, not "${value}"`);
  return layer;
}
