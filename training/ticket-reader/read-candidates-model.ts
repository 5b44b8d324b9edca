/**
 * The concept model the ticket reader's replay reads the read candidates
 * with, when the committed one learned their calm sentences (`npm run train
 * -- --calm-register`, sources/calm-register.ts): it would read those tickets
 * calmer than a writer it never saw, and the reader would learn from, and be
 * judged on, readings it will not meet. This one is trained as train.ts
 * trains the committed one, without those rows, at the committed thresholds;
 * dev/ files are out of sample for both (the register comes from the read
 * candidates alone).
 */
import { resolve } from "node:path";
import { committedHeads, conceptModel, createConceptModel, type ConceptModel } from "../../src/rules/concepts/model.js";
import { isReadCandidate } from "../sources/read-candidates.js";
import { loadTrainingData, trainMethod } from "../train.js";

/** Whether the committed concept model learned from a read candidate file: its record lists the files it read, from the project root. */
export function learnedFromReadCandidates(inputs: ReadonlyArray<{ path: string }> = conceptModel().metadata.training.inputs): boolean {
  return inputs.some((input) => isReadCandidate(resolve(input.path)));
}

/** The committed concept model's training without the read candidates' rows, at its thresholds. */
export function conceptModelWithoutCalmRegister(log: (line: string) => void): ConceptModel {
  const committed = conceptModel().metadata;
  const trained = trainMethod(committed.training.method, loadTrainingData().examples, log);
  return createConceptModel(
    // Its own weights' hash is never checked: the model lives for this replay only.
    { ...trained.metadata, thresholds: committed.thresholds, weightsSha256: "0".repeat(64), training: committed.training },
    trained.weights,
    committedHeads(),
  );
}
