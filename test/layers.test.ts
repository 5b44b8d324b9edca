/**
 * The layers of src/ (docs/architecture.md): a folder imports only from its
 * own layer or those below it. This suite lists every import that runs up
 * the layers, so a new one fails here with its file and target; the known
 * ones are named, each with why it is still there.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { filesUnder, relativeImports } from "./helpers/source-tree.js";

const SRC = join(import.meta.dirname, "..", "src");

/** Bottom first; folders on one line share a layer. A top-level file is named with its extension. */
const LAYERS: readonly (readonly string[])[] = [
  ["domain", "config", "text", "resilience", "signing.ts", "types"],
  ["persistence", "kb", "observability", "charts"],
  ["rules"],
  ["privacy"],
  ["llm", "delivery", "logging.ts"],
  ["learning"],
  ["settings", "followups", "analytics"],
  ["agent"],
  ["runtime", "studio"],
  ["retention"],
  ["worker", "index.ts"],
  ["server"],
  ["cli"],
];

/** Imports that still run up, and why: none now (issue #19); one that must stay is named here with its reason. */
const KNOWN_UPWARD: string[] = [];

/** The layer of a path under src/ (with or without its extension); -1 when no layer names it. */
function layerOf(path: string): number {
  const [top = "", ...rest] = path.split("/");
  const name = rest.length === 0 && !top.endsWith(".ts") ? `${top}.ts` : top;
  return LAYERS.findIndex((layer) => layer.includes(name));
}

const files = filesUnder(SRC).map((file) => relative(SRC, file));

describe("layers of src/", () => {
  it("places every file of src/ on a layer", () => {
    expect(files.filter((file) => layerOf(file) < 0)).toEqual([]);
  });

  it("has no import run up the layers but the known ones", () => {
    const upward = files.flatMap((file) =>
      relativeImports(join(SRC, file), readFileSync(join(SRC, file), "utf8"), SRC)
        .filter((target) => layerOf(target) > layerOf(file))
        .map((target) => `${file} -> ${target}`),
    );
    expect(upward.sort()).toEqual(KNOWN_UPWARD);
  });
});

/**
 * The folders beside src/ that import each other, bottom first: the
 * public-set loaders (datasets/) are read by the cross-source eval and by
 * training, and training tunes its thresholds with the eval runner.
 */
const ROOT = join(SRC, "..");
const BESIDE_SRC = ["src", "datasets", "evals", "training"];

describe("the folders beside src/", () => {
  it("have no import run up from one to another", () => {
    const upward = BESIDE_SRC.flatMap((folder) =>
      filesUnder(join(ROOT, folder)).flatMap((file) =>
        relativeImports(file, readFileSync(file, "utf8"), SRC)
          .map((target) => relative(ROOT, join(SRC, target)))
          .filter((target) => BESIDE_SRC.indexOf(target.split("/")[0] ?? "") > BESIDE_SRC.indexOf(folder))
          .map((target) => `${relative(ROOT, file)} -> ${target}`),
      ),
    );
    expect(upward).toEqual([]);
  });
});
