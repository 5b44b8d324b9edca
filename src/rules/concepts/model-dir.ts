/** Where the committed model files live, and how a model's two files are read. */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** src/rules/concepts → package root (dist/rules/concepts is as deep). */
export const MODEL_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "models");

/** A committed model's metadata, parsed by its schema, and its int8 weights (a view on the file's bytes). */
export function readModelFiles<T>(metadataFile: string, weightsFile: string, schema: { parse(value: unknown): T }): { metadata: T; weights: Int8Array } {
  const metadata = schema.parse(JSON.parse(readFileSync(join(MODEL_DIR, metadataFile), "utf8")));
  const buffer = readFileSync(join(MODEL_DIR, weightsFile));
  return { metadata, weights: new Int8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
}
