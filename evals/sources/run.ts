/**
 * `npm run eval:sources`: the cross-source protocol. Every source is scored
 * on its own — never one pooled number — with the offline engine:
 *
 * - bundled: the set the rules and the concept model were tuned on;
 * - dev: the development set the concept thresholds are chosen on;
 * - history-holdout, locked, locked-2 … locked-12: the project's unseen tickets (the
 *   locked splits are read here only, to report; test/training/locked-split.test.ts keeps
 *   training and tuning code away from it);
 * - the unread checks (UNREAD_CHECKS in evals/held-out.ts): writers' files no training or tuning
 *   code reads;
 * - clinc150, hwu64, rasa-helpdesk, bitext: the held-back test split of
 *   each public training source (datasets/shared-data.ts), which training never reads.
 *
 * Prints a markdown table (the gap between the tuned set and each unseen
 * source, per language for the project's sets) and writes the figures as JSON
 * with `--json FILE` and as a chart with `--svg FILE`. `--only a,b` limits the sources; `--split val` runs
 * the public sets' validation rows instead (what thresholds may be tuned on); `--layer rules` or `--layer
 * concepts` runs the engine up to that layer (layers.ts), for an account of what each layer adds.
 */
import { writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import type { CaseResult } from "../case-result.js";
import { DEFAULT_DATASET_DIR, loadDataset } from "../dataset.js";
import type { EvalItem } from "../dataset-schema.js";
import { runDataset } from "../runner.js";
import { loadBitext, loadClinc, loadHwu, loadRasa } from "../../datasets/shared-data.js";
import type { SourceData, Split } from "../../datasets/example.js";
import { sourceFigures, type SourceFigures } from "./measure.js";
import { toEvalItem } from "./public-items.js";
import { renderChart, renderMarkdown } from "./report.js";
import { LOCKED_SPLITS, unreadCheckFiles } from "../held-out.js";
import { parseEngineLayer, useEngineLayer } from "./layers.js";

interface SourceSpec {
  name: string;
  role: SourceFigures["role"];
  decisionsLabelled: boolean;
  items: () => EvalItem[];
}

function projectSet(path: string): () => EvalItem[] {
  return () => {
    const dataset = loadDataset(path);
    if (dataset.problems.length > 0) throw new Error(`${path}: ${dataset.problems.map((p) => `${p.location} ${p.field}: ${p.message}`).join("; ")}`);
    return dataset.items;
  };
}

/** `split`: "test" to report, "val" while tuning. */
function publicSet(load: () => SourceData, split: Split): () => EvalItem[] {
  return () =>
    load()
      .examples.filter((e) => e.split === split)
      .map(toEvalItem);
}

const sources = (split: Split): SourceSpec[] => [
  { name: "bundled", role: "tuned", decisionsLabelled: true, items: projectSet(DEFAULT_DATASET_DIR) },
  // The development set: thresholds are chosen on it (training/tune-thresholds.ts).
  { name: "dev", role: "tuned", decisionsLabelled: true, items: projectSet(join(DEFAULT_DATASET_DIR, "dev")) },
  // Tuning (--split val) never runs the project's held-out sets.
  ...(split === "test"
    ? [
        { name: "history-holdout", role: "unseen", decisionsLabelled: true, items: projectSet(join(DEFAULT_DATASET_DIR, "history", "holdout.jsonl")) } as const,
        ...LOCKED_SPLITS.map(
          (name) => ({ name, role: "unseen", decisionsLabelled: true, items: projectSet(join(DEFAULT_DATASET_DIR, name, "locked.jsonl")) }) as const,
        ),
        ...unreadCheckFiles().map((path) => ({ name: basename(path, ".jsonl"), role: "unseen", decisionsLabelled: true, items: projectSet(path) }) as const),
      ]
    : []),
  { name: "clinc150", role: "unseen", decisionsLabelled: false, items: publicSet(loadClinc, split) },
  { name: "hwu64", role: "unseen", decisionsLabelled: false, items: publicSet(loadHwu, split) },
  { name: "rasa-helpdesk", role: "unseen", decisionsLabelled: false, items: publicSet(loadRasa, split) },
  { name: "bitext", role: "unseen", decisionsLabelled: false, items: publicSet(loadBitext, split) },
];

async function runSource(spec: SourceSpec, log: (line: string) => void): Promise<SourceFigures> {
  const items = spec.items();
  let done = 0;
  let lastReport = performance.now();
  const results: CaseResult[] = await runDataset(items, {
    model: "rules",
    onItem: () => {
      done++;
      // A line every 10 s: the public sets take minutes.
      if (performance.now() - lastReport > 10_000) {
        log(`  ${spec.name}: ${done}/${items.length}`);
        lastReport = performance.now();
      }
    },
  });
  return sourceFigures(spec.name, spec.role, results, spec.decisionsLabelled);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: "string" },
      svg: { type: "string" },
      only: { type: "string" },
      split: { type: "string", default: "test" },
      layer: { type: "string", default: "all" },
    },
  });
  const layer = parseEngineLayer(values.layer);
  if (values.split !== "test" && values.split !== "val") throw new Error(`--split: "test" (to report) or "val" (to tune), not "${values.split}"`);
  const specs = sources(values.split);
  const only = values.only?.split(",").map((s) => s.trim());
  const unknown = only?.filter((name) => !specs.some((s) => s.name === name)) ?? [];
  if (unknown.length > 0) throw new Error(`--only: unknown source ${unknown.join(", ")}; one of ${specs.map((s) => s.name).join(", ")}`);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const all: SourceFigures[] = [];
  if (layer !== "all") log(`the engine up to its ${layer} layer`);
  const restore = useEngineLayer(layer);
  try {
    for (const spec of specs.filter((s) => !only || only.includes(s.name))) {
      const started = performance.now();
      log(`${spec.name}…`);
      all.push(await runSource(spec, log));
      log(`  ${spec.name}: done in ${Math.round((performance.now() - started) / 1000)} s`);
    }
  } finally {
    restore();
  }
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ ranAt: new Date().toISOString(), sources: all }, null, 2)}\n`);
  if (values.svg) writeFileSync(values.svg, renderChart(all));
  process.stdout.write(renderMarkdown(all));
}

main().catch((error: unknown) => {
  process.stderr.write(`eval:sources: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
