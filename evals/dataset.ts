/**
 * Loads eval items from a JSON Lines file, or from every `*.jsonl` file in a
 * folder (the bundled set is split by theme). Every bad row is reported with
 * its file:line and field, so a labelling slip is found at once instead of
 * silently skewing a score.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { EvalItem } from "./dataset-schema.js";
import { parseJsonLines, type DatasetProblem } from "./json-lines.js";

/** The dataset shipped with the project. */
export const DEFAULT_DATASET_DIR = fileURLToPath(new URL("./datasets", import.meta.url));

export type { DatasetProblem };

export interface Dataset {
  /** The file or folder the items came from. */
  source: string;
  items: EvalItem[];
  problems: DatasetProblem[];
}

export function loadDataset(source: string = DEFAULT_DATASET_DIR): Dataset {
  const files = statSync(source).isDirectory()
    ? readdirSync(source)
        .filter((name) => name.endsWith(".jsonl"))
        .sort()
        .map((name) => join(source, name))
    : [source];
  const items: EvalItem[] = [];
  const problems: DatasetProblem[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const parsed = parseDatasetText(readFileSync(file, "utf8"), file);
    problems.push(...parsed.problems);
    for (const { item, location } of parsed.items) {
      const earlier = seen.get(item.id);
      if (earlier) {
        problems.push({ location, field: "id", message: `duplicate id '${item.id}' (first at ${earlier})` });
        continue;
      }
      seen.set(item.id, location);
      items.push(item);
    }
  }
  if (files.length === 0) problems.push({ location: source, field: "(dataset)", message: "no .jsonl files in this folder" });
  return { source, items, problems };
}

export function parseDatasetText(text: string, file: string): { items: Array<{ item: EvalItem; location: string }>; problems: DatasetProblem[] } {
  const { rows, problems } = parseJsonLines(text, file, EvalItem, "item");
  return { items: rows.map(({ value, location }) => ({ item: value, location })), problems };
}

/** A short name for a dataset source, for run ids and LangSmith dataset names. */
export function datasetName(source: string): string {
  return source === DEFAULT_DATASET_DIR ? "bundled" : basename(source).replace(/\.jsonl$/, "");
}
