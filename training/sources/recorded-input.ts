/**
 * How a trained artefact records a JSON-lines file it read: its hash, its
 * row count (non-empty lines) and its path from the project root, where
 * `npm run train` runs (the artefact tests check the record against the file).
 */
import { relative } from "node:path";
import type { SourceInput } from "../../datasets/example.js";
import { readInput } from "../../datasets/split.js";

export function recordedInput(file: string): SourceInput {
  const { input } = readInput(file, (content) => content.split("\n").filter((line) => line.trim() !== "").length);
  return { ...input, path: relative(process.cwd(), input.path) };
}
